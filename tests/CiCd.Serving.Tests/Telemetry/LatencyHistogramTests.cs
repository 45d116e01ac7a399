using CiCd.Serving.Telemetry;

namespace CiCd.Serving.Tests.Telemetry;

public sealed class LatencyHistogramTests
{
    public sealed class TheMillisecondsMethod
    {
        [Fact]
        public void Should_Be_Null_When_Nothing_Was_Recorded()
        {
            // Given
            var histogram = new LatencyHistogram();

            // When
            var p50 = histogram.Milliseconds(0.5);

            // Then
            Assert.Null(p50);
        }

        [Theory]
        [InlineData(0.5, 0.500)]
        [InlineData(0.99, 0.990)]
        public void Should_Be_Within_Ten_Percent_When_Latencies_Are_Uniform(double quantile, double expectedMs)
        {
            // Given: 1 µs to 1 ms in steps of 1 µs
            var histogram = new LatencyHistogram();
            for (var i = 1; i <= 1000; i++)
            {
                histogram.Record(i * 1e-6);
            }

            // When
            var value = histogram.Milliseconds(quantile)!.Value;

            // Then
            Assert.InRange(value, expectedMs, expectedMs * 1.1);
        }

        [Theory]
        [InlineData(0.0)]
        [InlineData(-1.0)]
        [InlineData(1e6)]
        [InlineData(double.NaN)]
        public void Should_Clamp_When_A_Latency_Is_Out_Of_Range(double seconds)
        {
            // Given
            var histogram = new LatencyHistogram();

            // When
            histogram.Record(seconds);

            // Then
            Assert.Equal(1, histogram.Count);
            Assert.NotNull(histogram.Milliseconds(0.99));
        }
    }
}
