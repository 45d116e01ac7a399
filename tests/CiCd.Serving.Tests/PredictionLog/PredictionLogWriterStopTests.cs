using CiCd.Serving.Hosting;
using CiCd.Serving.PredictionLog;
using CiCd.Serving.Telemetry;
using CiCd.Serving.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Tests.PredictionLog;

/// <summary>Records queued before the host stops are written, however soon after the start the stop comes.</summary>
public sealed class PredictionLogWriterStopTests
{
    public sealed class TheStopAsyncMethod
    {
        [Fact]
        public async Task Should_Write_What_Was_Queued_When_The_Stop_Follows_The_Start_At_Once()
        {
            // Given: records queued right after the start, and the stop at once, as a SIGTERM during start-up makes it
            using var folder = new TempFolder();
            var (records, kept) = NonFiniteRecords.Create();
            var options = Options.Create(new PredictionLogOptions { Path = folder.PathOf("log.db"), ReplicaId = "r1" });
            var metrics = new ServingMetrics();
            var queue = new PredictionLogBuffer(options, metrics);
            using var writer = new PredictionLogWriter(queue, options, metrics, NullLogger<PredictionLogWriter>.Instance);
            await writer.StartAsync(CancellationToken.None);
            queue.Offer(records);

            // When
            await writer.StopAsync(CancellationToken.None);

            // Then
            Assert.Equal(kept.Select(r => r.RequestId), LoggedRows.Sqlite(folder.PathOf("log.db")).Select(row => (string)row[3]!));
        }
    }
}
