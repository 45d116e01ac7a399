using CiCd.Cli.Rendering;
using CiCd.Train;

namespace CiCd.Cli.Tests.Rendering;

public sealed class PaceTextTests
{
    private static TrainingProgress Fold(double? rowsPerSecond, TimeSpan? remaining) =>
        new("cv", "light_gbm(learning_rate=0.1)", 0, 1, 10, "fold 1/5") { RowsPerSecond = rowsPerSecond, Remaining = remaining };

    public sealed class TheOfMethod
    {
        [Fact]
        public void Should_Show_Rows_Per_Second_With_Thousands_Separators_And_The_Time_Left()
        {
            // Given
            var step = Fold(12345.6, TimeSpan.FromSeconds(185));

            // When
            var text = PaceText.Of(step);

            // Then
            Assert.Equal(", 12,346 rows/s, ETA 3m 05s", text);
        }

        [Fact]
        public void Should_Show_Nothing_When_The_Pace_Is_Unknown()
        {
            // Given
            var step = Fold(null, null);

            // When
            var text = PaceText.Of(step);

            // Then
            Assert.Equal("", text);
        }
    }

    public sealed class TheDurationMethod
    {
        [Theory]
        [InlineData(0, "0s")]
        [InlineData(59.4, "59s")]
        [InlineData(60, "1m 00s")]
        [InlineData(3599, "59m 59s")]
        [InlineData(3600, "1h 00m")]
        [InlineData(7384, "2h 03m")]
        public void Should_Use_The_Units_That_Fit(double seconds, string expected)
        {
            // Given
            var span = TimeSpan.FromSeconds(seconds);

            // When
            var text = PaceText.Duration(span);

            // Then
            Assert.Equal(expected, text);
        }
    }
}
