using System.Globalization;
using System.Text.RegularExpressions;
using CiCd.Monitoring.Analysis.Html;

namespace CiCd.Monitoring.Tests.Analysis.Html;

public static partial class HtmlStyleTests
{
    [GeneratedRegex("--(?<name>[a-z]+):\\s*#(?<hex>[0-9A-Fa-f]{6})")]
    private static partial Regex CssVariable();

    private static string Variable(string name) =>
        "#" + CssVariable().Matches(HtmlStyle.Css).Single(m => m.Groups["name"].Value == name).Groups["hex"].Value;

    // WCAG 2.1's contrast ratio: (lighter + 0.05) / (darker + 0.05) of the relative luminances.
    private static double Contrast(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }

    public sealed class TheCssField
    {
        // The lights colour text on white (the table's light column) and carry white text (the verdict badge): both 4.5:1.
        [Theory]
        [InlineData("red")]
        [InlineData("amber")]
        [InlineData("green")]
        public void Should_Give_Each_Light_A_Contrast_Of_At_Least_4_5_To_1_With_White(string light)
        {
            // Given
            var colour = Variable(light);

            // When
            var ratio = Contrast(colour, "#FFFFFF");

            // Then
            Assert.True(ratio >= 4.5, $"--{light} {colour} has {ratio:0.00}:1 against white; WCAG 2.1 AA asks 4.5:1 of text");
        }

        [Fact]
        public void Should_Colour_The_Lights_As_The_Charts_Do()
        {
            // When
            string[] lights = [Variable("red"), Variable("amber"), Variable("green")];

            // Then
            Assert.Equal([ChartPalette.RedHex, ChartPalette.AmberHex, ChartPalette.GreenHex], lights, StringComparer.OrdinalIgnoreCase);
        }
    }
}
