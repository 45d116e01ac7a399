using System.Globalization;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Monitoring.Log;
using CiCd.Train;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>
/// What the prediction-log builders share: the held-out rows of a trained model with their inputs as the service logs
/// them, and the writing of log rows into SQLite or PostgreSQL in the layout the service uses.
/// </summary>
public static class PredictionLogFile
{
    /// <summary>Each row of the model's test-predictions.csv (its fields) with the dataset row's features as logged inputs.</summary>
    public static IEnumerable<(Dictionary<string, object?> Inputs, string?[] Prediction)> HeldOutRows(MlopsConfig config, string trainFolder)
    {
        var data = CsvReader.Read(config.Dataset.Path);
        var byLine = data.Rows.ToDictionary(r => r.Line);
        foreach (var row in CsvReader.Read(Path.Combine(trainFolder, TrainingFiles.Predictions)).Rows)
        {
            yield return (Inputs(config, data, byLine[int.Parse(row.Values[0]!, CultureInfo.InvariantCulture)]), [.. row.Values]);
        }
    }

    /// <summary>A dataset row's features as the service logs them: numbers as numbers, missing values as null.</summary>
    public static Dictionary<string, object?> Inputs(MlopsConfig config, CsvTable data, CsvRow row) =>
        config.Dataset.Features.ToDictionary(c => c.Name, c => Value(row.Values[data.IndexOf(c.Name)], c.IsNumeric));

    /// <summary>The time of the <paramref name="index"/>-th row of a log that logs <paramref name="perDay"/> rows a day, a minute apart.</summary>
    public static string Time(DateTimeOffset start, int index, int perDay) =>
        PredictionLogLayout.FormatTime(start + TimeSpan.FromDays(index / perDay) + TimeSpan.FromSeconds((index % perDay) * 60));

    public static string WriteSqlite(string path, string model, IEnumerable<LoggedPrediction> rows)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = PredictionLogLayout.CreateTable;
            create.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        foreach (var row in rows)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {PredictionLogLayout.Table} VALUES ($t, $model, '1', $id, $in, $label, $out)";
            insert.Parameters.AddWithValue("$t", row.Time);
            insert.Parameters.AddWithValue("$model", model);
            insert.Parameters.AddWithValue("$id", row.RequestId);
            insert.Parameters.AddWithValue("$in", row.Inputs);
            insert.Parameters.AddWithValue("$label", row.Label);
            insert.Parameters.AddWithValue("$out", (object?)row.Probabilities ?? DBNull.Value);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return path;
    }

    /// <summary>Writes the rows into a PostgreSQL log, its schema created as the service creates it.</summary>
    public static void WritePostgres(string connectionString, string uri, string model, IReadOnlyList<LoggedPrediction> rows)
    {
        PredictionLogDatabase.Migrate(PredictionLogLocation.Parse(uri, "test", commandLine: false));
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        if (rows.Any(row => row.Probabilities is null))
        {
            // Regression rows carry no probabilities; this build's schema still declares the column NOT NULL (the
            // serving side relaxes it when it writes regression rows), so the test relaxes it here.
            using var relax = new NpgsqlCommand("ALTER TABLE predictions ALTER COLUMN probabilities_json DROP NOT NULL", connection);
            relax.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        foreach (var row in rows)
        {
            using var insert = new NpgsqlCommand(
                $"INSERT INTO {PredictionLogLayout.Table} (timestamp_utc, model_name, model_version, request_id, row_index, endpoint, inputs_json, label, score, probabilities_json, replica_id) " +
                "VALUES (@t, @model, '1', @id, 0, 'predict', @in, @label, @score, @out, 'a')", connection, transaction);
            insert.Parameters.AddWithValue("t", row.Time);
            insert.Parameters.AddWithValue("model", model);
            insert.Parameters.AddWithValue("id", row.RequestId);
            insert.Parameters.AddWithValue("in", row.Inputs);
            insert.Parameters.AddWithValue("label", row.Label);
            insert.Parameters.AddWithValue("score", row.Score);
            insert.Parameters.AddWithValue("out", (object?)row.Probabilities ?? DBNull.Value);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static object? Value(string? field, bool numeric) =>
        MissingValues.IsMissing(field) ? null : numeric ? double.Parse(field!, CultureInfo.InvariantCulture) : field!.Trim();
}
