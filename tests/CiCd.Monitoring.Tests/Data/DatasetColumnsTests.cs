using CiCd.Monitoring.Data;

namespace CiCd.Monitoring.Tests.Data;

public sealed class DatasetColumnsTests
{
    public sealed class TheWidenMethod
    {
        [Theory]
        [InlineData("0.1")]
        [InlineData("2.35")]
        [InlineData("-7.125")]
        [InlineData("255")]
        [InlineData("123456")]
        public void Should_Give_The_Double_The_Text_Denotes(string text)
        {
            // Given
            var value = float.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

            // When
            var widened = DatasetColumns.Widen(value);

            // Then
            Assert.Equal(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), widened);
        }
    }
}
