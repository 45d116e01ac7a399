using System.Net;
using System.Text;
using CiCd.Cli.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class ServeCommandTests
{
    public sealed class ThePredictionLog(TrainedByCliFixture trained, ITestOutputHelper output) : IClassFixture<TrainedByCliFixture>
    {
        // The flush interval the service promises (PredictionLog:FlushIntervalMilliseconds' default).
        private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

        [Fact]
        public async Task Should_Keep_Every_Prediction_Answered_More_Than_A_Flush_Interval_Before_A_Kill_9()
        {
            // Given: a served model logging every prediction, under load from single and batch clients
            var log = trained.Folder.PathOf($"kill-{Guid.NewGuid():N}.sqlite");
            await using var service = await ServeProcess.StartAsync(trained.Folder.Root, "--model", trained.Folder.PathOf("out"), "--prediction-log", log);
            var load = PredictionLoad.Start(service.Client, singleClients: 6, batchClients: 2, batchRows: 2000);
            await Until(() => load.Rows >= 60_000, "60,000 rows answered");

            // When
            var killed = DateTime.UtcNow;
            service.Kill();
            await load.StopAsync();

            // Then: every request answered a flush interval before the kill is in the log, whole
            var logged = RowsByRequest(log);
            var settled = load.Acknowledged.Where(a => a.AnsweredUtc < killed - FlushInterval).ToList();
            var missing = settled.Where(a => logged.GetValueOrDefault(a.RequestId) != a.Rows).ToList();
            var lost = load.Acknowledged.Where(a => logged.GetValueOrDefault(a.RequestId) != a.Rows).ToList();
            output.WriteLine($"answered {load.Acknowledged.Count} requests ({load.Rows} rows); missing after the kill: {lost.Count} requests " +
                $"({lost.Sum(a => a.Rows)} rows), the oldest answered {(lost.Count == 0 ? 0 : (killed - lost.Min(a => a.AnsweredUtc)).TotalMilliseconds):F0} ms before it");
            Assert.True(settled.Count > 0, "no request was answered before the last flush interval");
            Assert.True(missing.Count == 0, missing.Count == 0 ? "" :
                $"{missing.Count} of {settled.Count} requests answered over {FlushInterval.TotalSeconds} s before the kill are missing from the log " +
                $"({missing.Sum(m => m.Rows)} rows; the oldest answered {(killed - missing.Min(m => m.AnsweredUtc)).TotalSeconds:F2} s before it)");
        }

        [Fact]
        public async Task Should_Write_Every_Answered_Prediction_Before_Exiting_On_SIGTERM()
        {
            // Given: a served model logging every prediction
            var log = trained.Folder.PathOf($"term-{Guid.NewGuid():N}.sqlite");
            await using var service = await ServeProcess.StartAsync(trained.Folder.Root, "--model", trained.Folder.PathOf("out"), "--prediction-log", log);
            const int batches = 8;
            const int batchRows = 20_000;
            const int singles = 200;
            var answers = await Task.WhenAll(
                Enumerable.Range(0, batches).Select(_ => service.Client.PostAsync("/v1/predict/batch", new StringContent(PredictionLoad.Csv(batchRows), Encoding.UTF8, "text/csv")))
                    .Concat(Enumerable.Range(0, singles).Select(i => service.Client.PostAsync("/v1/predict", new StringContent(PredictionLoad.Record(i), Encoding.UTF8, "application/json")))));
            Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));

            // When
            var exitCode = await service.TerminateAsync();

            // Then: the host stopped gracefully (not cut short by a timeout) and wrote every answered row
            Assert.True(exitCode == 0, $"exit {exitCode}\n{service.Output}");
            Assert.True((batches * batchRows) + singles == RowsByRequest(log).Values.Sum(),
                $"logged {RowsByRequest(log).Values.Sum()} of {(batches * batchRows) + singles} answered rows; exit {exitCode}\n{service.Output}");
        }

        private static async Task Until(Func<bool> condition, string what)
        {
            var until = DateTime.UtcNow + TimeSpan.FromSeconds(120);
            while (!condition())
            {
                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException($"waited 120 s for {what}");
                }
                await Task.Delay(50);
            }
        }

        private static Dictionary<string, int> RowsByRequest(string path)
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            using var query = connection.CreateCommand();
            query.CommandText = "SELECT request_id, count(*) FROM predictions GROUP BY request_id";
            using var reader = query.ExecuteReader();
            var rows = new Dictionary<string, int>(StringComparer.Ordinal);
            while (reader.Read())
            {
                rows[reader.GetString(0)] = reader.GetInt32(1);
            }
            return rows;
        }
    }
}
