using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using CiCd.Data;
using CiCd.Monitoring.Log;

namespace CiCd.Workflows.Tests.Retrain;

/// <summary>
/// What production leaves for the retraining loop: a SQLite prediction log (the schema the service writes) of new
/// applicants (rows of the shipped data with credit_amount moved) scored by model version 1, and their delayed labels,
/// every one the opposite of what the model said with confidence, so the performance gate on labelled rows fails.
/// </summary>
public static class LabelledProductionLog
{
    /// <summary>Writes <paramref name="rows"/> labelled predictions on 2026-11-01 to <paramref name="path"/>.</summary>
    public static void Write(string path, string dataFile, int rows)
    {
        var data = CsvReader.Read(dataFile);
        var target = data.IndexOf("class");
        var location = PredictionLogLocation.Sqlite(path);
        PredictionLogDatabase.Migrate(location);
        using var connection = PredictionLogDatabase.Connect(location);
        var start = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < rows; i++)
        {
            var values = data.Rows[i].Values;
            var inputs = new JsonObject();
            for (var c = 0; c < data.Header.Count; c++)
            {
                if (c != target)
                {
                    inputs[data.Header[c]] = double.TryParse(values[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                        ? JsonValue.Create(data.Header[c] == "credit_amount" ? number + 7 : number)
                        : JsonValue.Create(values[c]);
                }
            }
            var truth = values[target]!;
            var said = truth == "bad" ? "good" : "bad";
            var bad = said == "bad" ? 0.9 : 0.1;
            var probabilities = string.Create(CultureInfo.InvariantCulture, $"{{\"good\":{1 - bad},\"bad\":{bad}}}");
            Sql.Execute(connection, "INSERT INTO predictions (timestamp_utc, model_name, model_version, request_id, row_index, endpoint, inputs_json, label, score, probabilities_json, replica_id) " +
                "VALUES (@t, 'german-credit', '1', @r, 0, 'predict', @i, @l, @s, @p, 'replica-0')",
                ("@t", PredictionLogLayout.FormatTime(start.AddMinutes(i))), ("@r", $"req-{i}"), ("@i", inputs.ToJsonString()),
                ("@l", said), ("@s", bad), ("@p", probabilities));
            Sql.Execute(connection, "INSERT INTO prediction_labels (request_id, label, labelled_at) VALUES (@r, @l, @at)",
                ("@r", $"req-{i}"), ("@l", truth), ("@at", PredictionLogLayout.FormatTime(start.AddDays(20))));
        }
    }
}
