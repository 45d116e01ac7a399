using CiCd.Serving.Tests.Fixtures;

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
            var (records, kept) = NonFiniteRecords.Create();
            using var log = await StartedLogWriter.StartAsync();
            log.Queue.Offer(records);

            // When
            await log.Writer.StopAsync(CancellationToken.None);

            // Then
            Assert.Equal(kept.Select(r => r.RequestId), log.LoggedRequestIds());
        }
    }
}
