using System.Globalization;
using System.Text;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Monitoring.Log;
using CiCd.Train;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CiCd.Cli.Tests.Support;

/// <summary>
/// A regression model's prediction log, as the service writes regression rows: the predicted value in the label
/// column as round-trip text, no probabilities (NULL). Each day logs the held-out rows in turn with the model's own
/// predictions (from test-predictions.csv); predictions or outcomes can be changed from a given day on.
/// </summary>
public sealed class RegressionLogBuilder
{
    private readonly List<(Dictionary<string, object?> Inputs, double Actual, double Predicted)> _rows = [];
    private readonly DateTimeOffset _start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private int _days = 2;
    private int _perDay;
    private int _shiftFrom = int.MaxValue;
    private Func<double, double> _shift = v => v;

    public RegressionLogBuilder(TrainedRegressionModel model)
    {
        var config = ConfigLoader.Load(model.Config);
        var data = CsvReader.Read(config.Dataset.Path);
        var byLine = data.Rows.ToDictionary(r => r.Line);
        foreach (var row in CsvReader.Read(Path.Combine(model.TrainFolder, TrainingFiles.Predictions)).Rows)
        {
            var source = byLine[int.Parse(row.Values[0]!, CultureInfo.InvariantCulture)];
            var inputs = config.Dataset.Features.ToDictionary(c => c.Name, c => Value(source.Values[data.IndexOf(c.Name)], c.IsNumeric));
            _rows.Add((inputs, Number(row.Values[1]), Number(row.Values[2])));
        }
        _perDay = _rows.Count;
    }

    /// <summary>The held-out rows: each day logs every one of them once when <c>perDay</c> is left at this.</summary>
    public int HeldOutRows => _rows.Count;

    public RegressionLogBuilder Days(int days, int? perDay = null)
    {
        (_days, _perDay) = (days, perDay ?? _rows.Count);
        return this;
    }

    /// <summary>Maps the predicted value from <paramref name="day"/> (0-based) on.</summary>
    public RegressionLogBuilder ShiftPredictionsFrom(int day, Func<double, double> shift)
    {
        (_shiftFrom, _shift) = (day, shift);
        return this;
    }

    public string Write(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = PredictionLogLayout.CreateTable;
            create.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        foreach (var row in Rows())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {PredictionLogLayout.Table} VALUES ($t, 'diabetes', '1', $id, $in, $label, NULL)";
            insert.Parameters.AddWithValue("$t", row.Time);
            insert.Parameters.AddWithValue("$id", row.RequestId);
            insert.Parameters.AddWithValue("$in", row.Inputs);
            insert.Parameters.AddWithValue("$label", row.Predicted.ToString("R", CultureInfo.InvariantCulture));
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return path;
    }

    /// <summary>Writes the same rows into a PostgreSQL log whose schema the service created.</summary>
    public void WritePostgres(string connectionString, string uri)
    {
        PredictionLogDatabase.Migrate(PredictionLogLocation.Parse(uri, "test", commandLine: false));
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        // Regression rows carry no probabilities; this build's schema still declares the column NOT NULL (the
        // serving side relaxes it when it writes regression rows), so the test relaxes it here.
        using (var relax = new NpgsqlCommand("ALTER TABLE predictions ALTER COLUMN probabilities_json DROP NOT NULL", connection))
        {
            relax.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        foreach (var row in Rows())
        {
            using var insert = new NpgsqlCommand(
                $"INSERT INTO {PredictionLogLayout.Table} (timestamp_utc, model_name, model_version, request_id, row_index, endpoint, inputs_json, label, score, probabilities_json, replica_id) " +
                "VALUES (@t, 'diabetes', '1', @id, 0, 'predict', @in, @label, @score, NULL, 'a')", connection, transaction);
            insert.Parameters.AddWithValue("t", row.Time);
            insert.Parameters.AddWithValue("id", row.RequestId);
            insert.Parameters.AddWithValue("in", row.Inputs);
            insert.Parameters.AddWithValue("label", row.Predicted.ToString("R", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("score", row.Predicted);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>The observed outcome of every logged request; <paramref name="change"/> maps (day, actual) to what is written.</summary>
    public string WriteLabels(string path, Func<int, double, string>? change = null)
    {
        var text = new StringBuilder("request_id,label\n");
        for (var i = 0; i < _days * _perDay; i++)
        {
            var actual = _rows[i % _rows.Count].Actual;
            var written = change?.Invoke(i / _perDay, actual) ?? actual.ToString("R", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"r{i},{written}\n");
        }
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private IEnumerable<(string Time, string RequestId, string Inputs, double Predicted)> Rows()
    {
        for (var i = 0; i < _days * _perDay; i++)
        {
            var day = i / _perDay;
            var (inputs, _, predicted) = _rows[i % _rows.Count];
            yield return (PredictionLogLayout.FormatTime(_start + TimeSpan.FromDays(day) + TimeSpan.FromSeconds((i % _perDay) * 60)), $"r{i}",
                JsonSerializer.Serialize(inputs), day >= _shiftFrom ? _shift(predicted) : predicted);
        }
    }

    private static double Number(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);

    private static object? Value(string? field, bool numeric) =>
        MissingValues.IsMissing(field) ? null : numeric ? double.Parse(field!, CultureInfo.InvariantCulture) : field!.Trim();
}
