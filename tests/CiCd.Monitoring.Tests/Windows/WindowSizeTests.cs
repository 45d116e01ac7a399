using CiCd.Errors;
using CiCd.Monitoring.Windows;

namespace CiCd.Monitoring.Tests.Windows;

public sealed class WindowSizeTests
{
    public sealed class TheParseMethod
    {
        [Theory]
        [InlineData("1h", 1)]
        [InlineData("6h", 6)]
        [InlineData("1d", 24)]
        [InlineData("2D", 48)]
        [InlineData("1w", 168)]
        public void Should_Read_A_Count_And_A_Unit(string text, int hours)
        {
            // When
            var size = WindowSize.Parse(text);

            // Then
            Assert.Equal(TimeSpan.FromHours(hours), size);
        }

        [Theory]
        [InlineData("")]
        [InlineData("d")]
        [InlineData("0d")]
        [InlineData("-1d")]
        [InlineData("1m")]
        [InlineData("1.5h")]
        public void Should_Reject_Anything_Else_Naming_The_Accepted_Forms(string text)
        {
            // When
            var error = Assert.Throws<InputException>(() => WindowSize.Parse(text));

            // Then
            Assert.Contains("1h, 1d or 1w", error.Message, StringComparison.Ordinal);
        }
    }
}
