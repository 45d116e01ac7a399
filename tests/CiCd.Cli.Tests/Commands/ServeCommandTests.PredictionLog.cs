using CiCd.Cli.Tests.Fixtures;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class ServeCommandTests
{
    // These tests load the service until it is busy and must hold on a machine busier still (a CI runner shared by
    // many builds). So they never compare wall-clock times: they poll for what they wait for, up to a deadline, and
    // they take the service's own count of what it did not log. Under load the service refuses to log a request it
    // found no room for within PredictionLog:QueueWaitMilliseconds (counted in cicd_prediction_log_dropped_total, by
    // design) and resets a batch answer that outlives Serving:RequestTimeoutSeconds (never acknowledged here).
    public sealed class ThePredictionLog(TrainedByCliFixture trained, ITestOutputHelper output) : IClassFixture<TrainedByCliFixture>
    {
        private const string Dropped = "cicd_prediction_log_dropped_total";
        private const string Written = "cicd_prediction_log_written_total";

        // Long enough for a writer starved of CPU; a condition met sooner ends the wait at once.
        private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(5);

        [Fact]
        public async Task Should_Keep_Every_Prediction_The_Writer_Committed_Before_A_Kill_9()
        {
            // Given: a served model logging every prediction, under load from single and batch clients, and the moment
            // the writer has committed every prediction answered so far (all but those the service counted as dropped)
            var log = trained.Folder.PathOf($"kill-{Guid.NewGuid():N}.sqlite");
            await using var service = await ServeProcess.StartAsync(trained.Folder.Root, "--model", trained.Folder.PathOf("out"), "--prediction-log", log);
            var load = PredictionLoad.Start(service.Client, singleClients: 6, batchClients: 2, batchRows: 2000);
            await Until(() => Task.FromResult(load.Rows >= 60_000), "60,000 rows answered");
            var answered = load.Acknowledged.ToList();
            var snapshot = DateTime.UtcNow;
            var dropped = 0.0;
            await Until(async () =>
            {
                dropped = await service.MetricAsync(Dropped);
                return Missing(answered, RowsByRequest(log)).Sum(a => a.Rows) <= dropped;
            }, $"the log to hold the {answered.Count} requests answered so far");
            var caughtUp = DateTime.UtcNow - snapshot;
            var committed = Logged(answered, RowsByRequest(log));

            // When: the load goes on, and the service is killed
            var killed = DateTime.UtcNow;
            service.Kill();
            await load.StopAsync();

            // Then: every committed prediction is still in the log, whole
            var logged = RowsByRequest(log);
            var lostCommitted = Missing(committed, logged);
            var lost = Missing([.. load.Acknowledged], logged);
            output.WriteLine($"answered {load.Acknowledged.Count} requests ({load.Rows} rows), {dropped} rows counted as dropped; the log held " +
                $"the first {answered.Count} requests {caughtUp.TotalMilliseconds:F0} ms after they were answered; missing after the kill: " +
                $"{lost.Count} requests ({lost.Sum(a => a.Rows)} rows), the oldest answered " +
                $"{(lost.Count == 0 ? 0 : (killed - lost.Min(a => a.AnsweredUtc)).TotalMilliseconds):F0} ms before it");
            Assert.True(committed.Count > 0, $"none of the {answered.Count} requests answered was logged ({dropped} rows dropped)");
            Assert.True(lostCommitted.Count == 0, lostCommitted.Count == 0 ? "" :
                $"{lostCommitted.Count} of {committed.Count} requests the log held before the kill are missing from it or cut after the kill " +
                $"({lostCommitted.Sum(m => m.Rows)} rows)");
        }

        [Fact]
        public async Task Should_Write_Every_Answered_Prediction_Before_Exiting_On_SIGTERM()
        {
            // Given: a served model logging every prediction, loaded by single and batch clients until they stop, and
            // what the service counted as dropped by then (a request it found no room for is answered but not logged).
            // A long flush interval keeps the last rows queued (the writer gathers a tenth of it) until the signal.
            var log = trained.Folder.PathOf($"term-{Guid.NewGuid():N}.sqlite");
            await using var service = await ServeProcess.StartAsync(trained.Folder.Root,
                new Dictionary<string, string> { ["PredictionLog__FlushIntervalMilliseconds"] = "10000" },
                "--model", trained.Folder.PathOf("out"), "--prediction-log", log);
            var load = PredictionLoad.Start(service.Client, singleClients: 6, batchClients: 4, batchRows: 5000);
            await Until(() => Task.FromResult(load.Rows >= 60_000), "60,000 rows answered");
            await load.StopAsync();
            var dropped = await service.MetricAsync(Dropped);
            var written = await service.MetricAsync(Written);
            var answered = load.Acknowledged.ToList();

            // When
            var exitCode = await service.TerminateAsync();

            // Then: the host stopped gracefully (not cut short by a timeout) and wrote every answered request, whole
            var missing = Missing(answered, RowsByRequest(log));
            output.WriteLine($"answered {answered.Count} requests ({answered.Sum(a => a.Rows)} rows), {dropped} rows counted as dropped, " +
                $"{RowsByRequest(log).Values.Sum() - written} rows written after the signal, {missing.Count} requests ({missing.Sum(a => a.Rows)} rows) not in the log");
            Assert.True(exitCode == 0, $"exit {exitCode}\n{service.Output}");
            Assert.True(missing.Sum(a => a.Rows) <= dropped,
                $"{missing.Count} of {answered.Count} answered requests ({missing.Sum(a => a.Rows)} rows) are missing from the log or cut, " +
                $"more than the {dropped} rows the service counted as dropped; exit {exitCode}\n{service.Output}");
        }

        private static List<(string RequestId, int Rows, DateTime AnsweredUtc)> Missing(
            IEnumerable<(string RequestId, int Rows, DateTime AnsweredUtc)> answered, Dictionary<string, int> logged) =>
            [.. answered.Where(a => logged.GetValueOrDefault(a.RequestId) != a.Rows)];

        private static List<(string RequestId, int Rows, DateTime AnsweredUtc)> Logged(
            IEnumerable<(string RequestId, int Rows, DateTime AnsweredUtc)> answered, Dictionary<string, int> logged) =>
            [.. answered.Where(a => logged.GetValueOrDefault(a.RequestId) == a.Rows)];

        private static async Task Until(Func<Task<bool>> condition, string what)
        {
            var until = DateTime.UtcNow + Deadline;
            while (!await condition())
            {
                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException($"waited {Deadline.TotalSeconds:F0} s for {what}");
                }
                await Task.Delay(100);
            }
        }

        // Read while the service writes, too: the log is in WAL mode, so a reader sees the last commit and blocks no one.
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
