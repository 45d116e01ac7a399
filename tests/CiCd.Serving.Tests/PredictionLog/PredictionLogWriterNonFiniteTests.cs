using CiCd.Serving.Hosting;
using CiCd.Serving.PredictionLog;
using CiCd.Serving.Telemetry;
using CiCd.Serving.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Tests.PredictionLog;

/// <summary>The writer, not each store, leaves out the records a log cannot hold, and counts them as dropped.</summary>
public sealed class PredictionLogWriterNonFiniteTests
{
    public sealed class TheLog
    {
        [Fact]
        public async Task Should_Write_The_Finite_Records_And_Count_The_Others_As_Dropped()
        {
            // Given: a NaN regression value, a NaN probability and an infinite score amid good records, queued in two chunks
            using var folder = new TempFolder();
            var (records, kept) = NonFiniteRecords.Create();
            var options = Options.Create(new PredictionLogOptions { Path = folder.PathOf("log.db"), ReplicaId = "r1" });
            var metrics = new ServingMetrics();
            var queue = new PredictionLogBuffer(options, metrics);
            using var writer = new PredictionLogWriter(queue, options, metrics, NullLogger<PredictionLogWriter>.Instance);
            await writer.StartAsync(CancellationToken.None);
            queue.Offer(records[..3]);
            queue.Offer(records[3..]);

            // When: the writer takes both chunks into one write
            await Eventually.TrueAsync(() => metrics.LogWrites == 1, "a write");
            await writer.StopAsync(CancellationToken.None);

            // Then
            Assert.Equal(kept.Select(r => r.RequestId), LoggedRows.Sqlite(folder.PathOf("log.db")).Select(row => (string)row[3]!));
            Assert.Equal(records.Length - kept.Length, metrics.DroppedLogRecords);
        }
    }
}
