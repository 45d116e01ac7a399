using System.Globalization;
using System.Text.Json.Nodes;
using CiCd.Data;
using CiCd.Monitoring.Log;
using CiCd.Testing;
using Microsoft.Data.Sqlite;

namespace CiCd.Cli.Tests.Support;

/// <summary>
/// A SQLite prediction log with its delayed labels (table prediction_labels, as `mlops labels import` keeps them), whose
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

    public string WriteTo(string path, Action<JsonObject>? change = null)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = PredictionLogLayout.CreateTable +
            "CREATE TABLE prediction_labels (request_id TEXT PRIMARY KEY, label TEXT NOT NULL, labelled_at TEXT NOT NULL);";
        create.ExecuteNonQuery();
        foreach (var (time, version, requestId, inputs, label) in _rows)
        {
            change?.Invoke(inputs);
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO predictions VALUES ($t, 'german-credit', $v, $r, $i, 'good', '{}')";
            insert.Parameters.AddWithValue("$t", PredictionLogLayout.FormatTime(time));
            insert.Parameters.AddWithValue("$v", version);
            insert.Parameters.AddWithValue("$r", requestId);
            insert.Parameters.AddWithValue("$i", inputs.ToJsonString());
            insert.ExecuteNonQuery();
            if (label is not null)
            {
                using var labelled = connection.CreateCommand();
                labelled.CommandText = "INSERT OR REPLACE INTO prediction_labels VALUES ($r, $l, $at)";
                labelled.Parameters.AddWithValue("$r", requestId);
                labelled.Parameters.AddWithValue("$l", label);
                labelled.Parameters.AddWithValue("$at", PredictionLogLayout.FormatTime(time.AddDays(30)));
                labelled.ExecuteNonQuery();
            }
        }
        return path;
    }
}
