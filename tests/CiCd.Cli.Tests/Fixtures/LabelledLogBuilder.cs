using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using CiCd.Data;
using CiCd.Monitoring.Log;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>
/// A prediction log (SQLite or PostgreSQL) with its delayed labels (table prediction_labels, as `mlops labels import` keeps them), whose
/// inputs are rows of the shipped German credit data: as they are, or with credit_amount moved so they are new rows.
/// </summary>
public sealed class LabelledLogBuilder
{
    private readonly CsvTable _data = CsvReader.Read(RepositoryRoot.PathOf("data/raw/german_credit.csv"));
    private readonly List<(DateTimeOffset Time, string Version, string RequestId, JsonObject Inputs, string? Label)> _rows = [];

    /// <summary>Logs data row <paramref name="row"/> at <paramref name="time"/>; <paramref name="shift"/> is added to credit_amount.</summary>
    public LabelledLogBuilder Prediction(string requestId, string time, int row, string? label, int shift = 1, string version = "3")
    {
        var inputs = new JsonObject();
        var values = _data.Rows[row].Values;
        for (var i = 0; i < _data.Header.Count; i++)
        {
            var name = _data.Header[i];
            if (name == "class")
            {
                continue;
            }
            inputs[name] = double.TryParse(values[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(name == "credit_amount" ? number + shift : number)
                : JsonValue.Create(values[i]);
        }
        _rows.Add((DateTimeOffset.Parse(time, CultureInfo.InvariantCulture), version, requestId, inputs, label));
        return this;
    }

    /// <summary>The data row's class, for a label that agrees with the data.</summary>
    public string ClassOf(int row) => _data.Rows[row].Values[_data.IndexOf("class")]!;

    /// <summary>Writes the rows to a SQLite log at <paramref name="path"/>; returns the path.</summary>
    public string WriteTo(string path, Action<JsonObject>? change = null)
    {
        WriteTo(PredictionLogLocation.Sqlite(path), change);
        return path;
    }

    /// <summary>
    /// Writes the rows to the log at <paramref name="location"/> (SQLite or PostgreSQL) in the schema the service and
    /// `mlops labels import` create, so the one log reader reads them as it reads a real log.
    /// </summary>
    public void WriteTo(PredictionLogLocation location, Action<JsonObject>? change = null)
    {
        PredictionLogDatabase.Migrate(location);
        using var connection = PredictionLogDatabase.Connect(location);
        foreach (var (time, version, requestId, inputs, label) in _rows)
        {
            change?.Invoke(inputs);
            Sql.Execute(connection, "INSERT INTO predictions (timestamp_utc, model_name, model_version, request_id, row_index, endpoint, inputs_json, label, score, probabilities_json, replica_id) " +
                "VALUES (@t, 'german-credit', @v, @r, 0, 'predict', @i, 'good', 0.5, '{}', 'replica-0')",
                ("@t", PredictionLogLayout.FormatTime(time)), ("@v", version), ("@r", requestId), ("@i", inputs.ToJsonString()));
            if (label is not null)
            {
                Sql.Execute(connection, "INSERT INTO prediction_labels (request_id, label, labelled_at) VALUES (@r, @l, @at)",
                    ("@r", requestId), ("@l", label), ("@at", PredictionLogLayout.FormatTime(time.AddDays(30))));
            }
        }
    }
}
