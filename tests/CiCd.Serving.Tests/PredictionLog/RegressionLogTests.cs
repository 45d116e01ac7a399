using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Monitoring.Log;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Testing;
using CiCd.Testing.Postgres;
using Microsoft.Data.Sqlite;

namespace CiCd.Serving.Tests.PredictionLog;

/// <summary>
/// The log contract regression monitoring reads: a regression row's label is the predicted value in round-trip form
/// (<c>double.ToString("R", CultureInfo.InvariantCulture)</c>), its score the same number, and probabilities_json NULL.
/// </summary>
public sealed class RegressionLogTests
{
    // A log as a service of schema version 2 left it: probabilities_json NOT NULL, one classifier's row in it.
    private const string VersionTwoLog = """
        CREATE TABLE predictions (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp_utc TEXT NOT NULL, model_name TEXT NOT NULL,
            model_version TEXT NOT NULL, request_id TEXT NOT NULL, row_index INTEGER NOT NULL, endpoint TEXT NOT NULL,
            inputs_json TEXT NOT NULL, label TEXT NOT NULL, score REAL NOT NULL, probabilities_json TEXT NOT NULL, replica_id TEXT NOT NULL DEFAULT '');
        CREATE INDEX ix_predictions_model_time ON predictions (model_name, timestamp_utc);
        CREATE INDEX ix_predictions_time ON predictions (timestamp_utc);
        CREATE INDEX ix_predictions_request ON predictions (request_id);
        CREATE TABLE prediction_labels (request_id TEXT PRIMARY KEY, label TEXT NOT NULL, labelled_at TEXT NOT NULL);
        CREATE TABLE drift_reports (id INTEGER PRIMARY KEY AUTOINCREMENT, generated_utc TEXT NOT NULL, report_json TEXT NOT NULL);
        CREATE TABLE prediction_log_schema (version INTEGER NOT NULL);
        INSERT INTO prediction_log_schema (version) VALUES (2);
        INSERT INTO predictions (timestamp_utc, model_name, model_version, request_id, row_index, endpoint, inputs_json, label, score, probabilities_json, replica_id)
            VALUES ('2026-11-01T10:00:00.000Z', 'german-credit', '3', 'old', 0, 'predict', '{}', 'good', 0.1, '{"good":0.9,"bad":0.1}', 'r1');
        """;

    public sealed class TheLog
    {
        [Fact]
        public async Task Should_Hold_The_Served_Value_In_Round_Trip_Form_As_The_Label_And_No_Probabilities()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.LogTarget);
            var records = new Records(TrainedModel.LogTarget);
            var request = new HttpRequestMessage(HttpMethod.Post, "/v1/predict/batch") { Content = Records.Body(records.Csv(Enumerable.Range(0, 20)), "text/csv") };
            request.Headers.Add("X-Request-Id", "reg-1");

            // When
            using var response = await host.Client.SendAsync(request);
            var served = (await response.Content.ReadFromJsonAsync<JsonObject>())!["predictions"]!.AsArray().Select(p => (double)p!["prediction"]!).ToList();

            // Then: row by row, the label is the served number's round-trip text, the score the number, no probabilities
            await Eventually.TrueAsync(() => Rows(host.LogPath).Count == 20, "20 logged predictions");
            var rows = Rows(host.LogPath);
            Assert.Equal(served.Select(v => v.ToString("R", CultureInfo.InvariantCulture)), rows.Select(r => r.Label));
            Assert.Equal(served, rows.Select(r => r.Score));
            Assert.All(rows, r => Assert.Null(r.Probabilities));

            // Then: and so the monitor's reader sees it
            var read = new SqlitePredictionLog(host.LogPath).Read(null, null);
            Assert.Equal(served.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal), read.Select(r => r.OutputLabel).Order(StringComparer.Ordinal));
            Assert.All(read, r => Assert.Null(r.OutputJson));
        }

        [Fact]
        public async Task Should_Add_Regression_Rows_To_A_Log_An_Older_Service_Wrote_And_Keep_Its_Rows()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.PathOf("old.db");
            Execute(path, VersionTwoLog);
            await using var host = await ServiceHost.StartAsync(TrainedModel.LogTarget, new Dictionary<string, string?> { ["PredictionLog:Path"] = path });
            var record = new Records(TrainedModel.LogTarget).Record(0);

            // When
            using var response = await host.Client.PostAsync("/v1/predict", Records.Json(record));

            // Then
            response.EnsureSuccessStatusCode();
            await Eventually.TrueAsync(() => Rows(path).Count == 2, "the old row and the new one");
            var rows = Rows(path);
            Assert.Equal(("good", "{\"good\":0.9,\"bad\":0.1}"), (rows[0].Label, rows[0].Probabilities));
            Assert.Null(rows[1].Probabilities);
            Assert.Equal(5L, Scalar(path, "SELECT version FROM prediction_log_schema"));
        }
    }

    public sealed class ThePostgresLog
    {
        [Fact]
        public async Task Should_Hold_The_Served_Value_As_The_Label_And_No_Probabilities()
        {
            // Given
            var server = SharedPostgres.Server;
            var log = server.CreateDatabase("regression");
            await using var host = await ServiceHost.StartAsync(TrainedModel.LogTarget, new Dictionary<string, string?> { ["PredictionLog:Uri"] = log });
            var records = new Records(TrainedModel.LogTarget);

            // When
            using var response = await host.Client.PostAsync("/v1/predict/batch", Records.Body(records.Csv(Enumerable.Range(0, 10)), "text/csv"));
            var served = (await response.Content.ReadFromJsonAsync<JsonObject>())!["predictions"]!.AsArray().Select(p => (double)p!["prediction"]!).ToList();

            // Then
            var reader = new PredictionLogReader(PredictionLogLocation.Parse(log, "test", commandLine: false));
            await Eventually.TrueAsync(() => reader.Read(null, null).Count == 10, "10 logged predictions");
            var read = reader.Read(null, null);
            Assert.Equal(served.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal), read.Select(r => r.OutputLabel).Order(StringComparer.Ordinal));
            Assert.All(read, r => Assert.Null(r.OutputJson));
        }
    }

    private static List<(string Label, double Score, string? Probabilities)> Rows(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        using var connection = Open(path);
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT label, score, probabilities_json FROM predictions ORDER BY id";
        using var reader = query.ExecuteReader();
        var rows = new List<(string, double, string?)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetDouble(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }
        return rows;
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = Open(path);
        using var query = connection.CreateCommand();
        query.CommandText = sql;
        return query.ExecuteScalar();
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
