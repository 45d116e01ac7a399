using CiCd.Serving.Tests.Fixtures;

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
            var (records, kept) = NonFiniteRecords.Create();
            using var log = await StartedLogWriter.StartAsync();
            log.Queue.Offer(records[..3]);
            log.Queue.Offer(records[3..]);

            // When: the writer takes both chunks into one write
            await Eventually.TrueAsync(() => log.Metrics.LogWrites == 1, "a write");
            await log.Writer.StopAsync(CancellationToken.None);

            // Then
            Assert.Equal(kept.Select(r => r.RequestId), log.LoggedRequestIds());
            Assert.Equal(records.Length - kept.Length, log.Metrics.DroppedLogRecords);
        }
    }
}
