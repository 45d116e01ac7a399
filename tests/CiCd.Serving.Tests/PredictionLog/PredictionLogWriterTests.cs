using System.Net;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace CiCd.Serving.Tests.PredictionLog;

public sealed class PredictionLogWriterTests
{
    public sealed class TheLog
    {
        [Fact]
        public async Task Should_Lose_Nothing_At_Full_Sampling_Under_Moderate_Load()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit);
            var records = new Records(TrainedModel.Credit);
            const int singles = 400;
            const int batchRows = 250;

            // When: parallel single requests and a few batches
            var statuses = await Task.WhenAll(Enumerable.Range(0, singles).Select(i =>
                host.Client.PostAsync("/v1/predict", Records.Json(records.Record(i % records.Count))))
                .Concat(Enumerable.Range(0, 4).Select(_ =>
                    host.Client.PostAsync("/v1/predict/batch", Records.Body(records.Csv(Enumerable.Range(0, batchRows)), "text/csv")))));

            // Then
            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s.StatusCode));
            var expected = singles + 4 * batchRows;
            await Eventually.TrueAsync(() => Count(host.LogPath) == expected, $"{expected} logged predictions");
            Assert.Equal(0, host.Metrics.DroppedLogRecords);
        }

        [Fact]
        public async Task Should_Store_Inputs_And_Outputs_In_The_Documented_Layout()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit);
            var record = new Records(TrainedModel.Credit).Record(0);
            var request = new HttpRequestMessage(HttpMethod.Post, "/v1/predict") { Content = Records.Json(record) };
            request.Headers.Add("X-Request-Id", "req-42");

            // When
            await host.Client.SendAsync(request);

            // Then
            await Eventually.TrueAsync(() => Count(host.LogPath) == 1, "one logged prediction");
            using var connection = Open(host.LogPath);
            using var query = connection.CreateCommand();
            query.CommandText = "SELECT model_name, model_version, request_id, row_index, endpoint, inputs_json, label, probabilities_json FROM predictions";
            using var row = query.ExecuteReader();
            Assert.True(row.Read());
            Assert.Equal(("german-credit", TrainedModel.Credit.Card.RunId, "req-42", 0L, "predict"),
                (row.GetString(0), row.GetString(1), row.GetString(2), row.GetInt64(3), row.GetString(4)));
            Assert.True(JsonNode.DeepEquals(record, JsonNode.Parse(row.GetString(5))));
            Assert.Contains(row.GetString(6), TrainedModel.Credit.Card.Classes);
            Assert.Equal(["good", "bad"], JsonNode.Parse(row.GetString(7))!.AsObject().Select(p => p.Key));
        }

        [Fact]
        public async Task Should_Log_Nothing_At_Zero_Sampling()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?> { ["PredictionLog:SamplingRate"] = "0" });

            // When
            var response = await host.Client.PostAsync("/v1/predict", Records.Json(new Records(TrainedModel.Credit).Record(0)));

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(File.Exists(host.LogPath));
        }

        [Fact]
        public async Task Should_Count_Drops_When_The_Queue_Is_Full_Without_Failing_Requests()
        {
            // Given: a queue of one record
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?> { ["PredictionLog:QueueCapacity"] = "1" });
            var records = new Records(TrainedModel.Credit);

            // When
            var response = await host.Client.PostAsync("/v1/predict/batch", Records.Body(records.Csv(Enumerable.Range(0, 5000).Select(i => i % records.Count)), "text/csv"));

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Eventually.TrueAsync(() => Count(host.LogPath) + (long)host.Metrics.DroppedLogRecords == 5000, "every row written or counted as dropped");
            Assert.True(host.Metrics.DroppedLogRecords > 0);
        }
    }

    private static long Count(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }
        using var connection = Open(path);
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT count(*) FROM predictions";
        try
        {
            return (long)query.ExecuteScalar()!;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            // The writer has opened the file but not created the table yet.
            return 0;
        }
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
