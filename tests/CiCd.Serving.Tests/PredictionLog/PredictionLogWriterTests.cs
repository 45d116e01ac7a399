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
        public async Task Should_Drop_Nothing_When_Two_Full_Batches_Arrive_Back_To_Back()
        {
            // Given: batches of the most rows a request may hold, at the default queue size. The request timeout is not
            // what this test is about: a 100,000-row batch can take longer than the default 30 s when other test
            // projects share the cores, and a cut response would fail the test for the wrong reason.
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit,
                new Dictionary<string, string?> { ["Serving:RequestTimeoutSeconds"] = "600" });
            var records = new Records(TrainedModel.Credit);
            const int rows = 100_000;
            var body = records.Csv(Enumerable.Range(0, rows).Select(i => i % records.Count));

            // When
            var first = await host.Client.PostAsync("/v1/predict/batch", Records.Body(body, "text/csv"));
            var second = await host.Client.PostAsync("/v1/predict/batch", Records.Body(body, "text/csv"));

            // Then
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
            await Eventually.TrueAsync(() => Count(host.LogPath) + (long)host.Metrics.DroppedLogRecords == 2 * rows, "every row written or counted as dropped");
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
        public async Task Should_Gather_Single_Requests_Into_One_Write_Within_A_Tenth_Of_The_Flush_Interval()
        {
            // Given: a flush interval of a minute, so the writer gathers for 6 s
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit,
                new Dictionary<string, string?> { ["PredictionLog:FlushIntervalMilliseconds"] = "60000" });
            var records = new Records(TrainedModel.Credit);
            const int singles = 10;

            // When: single requests one after another, as a client's traffic comes
            for (var i = 0; i < singles; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await host.Client.PostAsync("/v1/predict", Records.Json(records.Record(i)))).StatusCode);
            }

            // Then: one write holds them all (written one by one, each write's fixed cost would be paid per request). The
            // writer counts a write after its commit, so the rows can be visible a moment before the count is.
            await Eventually.TrueAsync(() => Count(host.LogPath) == singles && host.Metrics.LogWrites >= 1, $"{singles} logged predictions, counted");
            Assert.Equal(1, host.Metrics.LogWrites);
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
        public async Task Should_Log_A_Batch_Whole_Or_Count_All_Its_Rows_As_Dropped_When_The_Writer_Is_Stuck()
        {
            // Given: a queue with room for one record, no waiting for room, and the log's file locked by another writer
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?>
            {
                ["PredictionLog:QueueCapacity"] = "1",
                ["PredictionLog:QueueWaitMilliseconds"] = "0",
                ["Serving:StreamChunkRows"] = "100",
            });
            var records = new Records(TrainedModel.Credit);
            const int rows = 1000;
            var body = records.Csv(Enumerable.Range(0, rows));
            await Eventually.TrueAsync(() => HasTable(host.LogPath), "the log's table");
            HttpResponseMessage first, second;
            using (var locker = Open(host.LogPath, SqliteOpenMode.ReadWrite))
            using (var transaction = locker.BeginTransaction(deferred: false))
            {
                // When: the first batch fills the queue the writer cannot empty; the second finds no room
                first = await host.Client.SendAsync(Batch(body, "first"));
                second = await host.Client.SendAsync(Batch(body, "second"));
            }

            // Then: the first is logged whole, the second dropped whole; neither request failed
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
            await Eventually.TrueAsync(() => Count(host.LogPath) == rows, $"{rows} logged predictions");
            Assert.Equal((rows, 0L), (CountOf(host.LogPath, "first"), CountOf(host.LogPath, "second")));
            Assert.Equal(rows, host.Metrics.DroppedLogRecords);
        }
    }

    private static HttpRequestMessage Batch(string csv, string requestId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/predict/batch") { Content = Records.Body(csv, "text/csv") };
        request.Headers.Add("X-Request-Id", requestId);
        return request;
    }

    private static bool HasTable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }
        using var connection = Open(path);
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'predictions'";
        return (long)query.ExecuteScalar()! == 1;
    }

    private static long CountOf(string path, string requestId)
    {
        using var connection = Open(path);
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT count(*) FROM predictions WHERE request_id = $id";
        query.Parameters.AddWithValue("$id", requestId);
        return (long)query.ExecuteScalar()!;
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

    private static SqliteConnection Open(string path, SqliteOpenMode mode = SqliteOpenMode.ReadOnly)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
