using System.Text.RegularExpressions;
using CiCd.Reporting.Profile;
using CiCd.Testing;

namespace CiCd.Reporting.Tests.Profile;

public static partial class ProfileHtmlTests
{
    [GeneratedRegex("""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import|<link\b|<script[^>]*\bsrc\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    // The page as a reader opens it: the file from disk, in Debian's headless Chromium.
    public sealed class TheRenderMethodInChromium(HeadlessBrowser browser) : IClassFixture<HeadlessBrowser>
    {
        [ChromiumFact]
        public async Task Should_Pass_Every_Wcag_21_AA_Check_Of_Axe()
        {
            // Given
            var tab = await browser.OpenFileAsync("profile.html", ProfileHtml.Render(ShippedProfile.Credit));

            // When
            var violations = await Axe.ViolationsAsync(tab.Page);

            // Then
            Assert.True(violations.Count == 0, $"{violations.Count} WCAG violation(s):\n{string.Join("\n", violations)}");
            Assert.Empty(tab.Problems);
        }

        [ChromiumFact]
        public async Task Should_Draw_Every_Chart_With_Text_Labels_And_No_Console_Error()
        {
            // Given: digits has ten classes and 64 numeric columns, so the heatmaps and class mixes are at their widest
            var tab = await browser.OpenFileAsync("profile.html", ProfileHtml.Render(ShippedProfile.Digits));

            // When
            var charts = await tab.Page.Locator("figure.svg svg").EvaluateAllAsync<string[]>(
                "svgs => svgs.map(s => s.getAttribute('aria-label') + '|' + s.getBoundingClientRect().width + '|' + Array.from(s.querySelectorAll('text')).map(t => t.textContent.trim()).filter(t => t).length)");
            var heatmap = await tab.Page.Locator("#correlations svg text").AllTextContentsAsync();

            // Then: histograms, class mixes and heatmaps, each drawn with a size and labelled in text
            Assert.Contains(charts, c => c.StartsWith("Histogram and box plot of ", StringComparison.Ordinal));
            Assert.Contains(charts, c => c.StartsWith("Class mix of the target by ", StringComparison.Ordinal));
            Assert.Contains(charts, c => c.StartsWith("Pearson r", StringComparison.Ordinal));
            Assert.All(charts, c =>
            {
                var parts = c.Split('|');
                Assert.True(double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) > 100, $"{parts[0]} is not drawn");
                Assert.True(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) >= 3, $"{parts[0]} has no text labels");
            });
            Assert.Contains(heatmap, t => t.StartsWith("pixel_", StringComparison.Ordinal));
            Assert.Empty(tab.Problems);
        }

        [ChromiumFact]
        public async Task Should_Show_Hostile_Names_And_Levels_As_Text_Without_Running_Or_Breaking_Anything()
        {
            // Given: names and levels such as '<script>…', '</svg>…', '<!--', '[x](javascript:…)'
            var profile = ProfileMarkdownTests.Hostile();

            // When
            var tab = await browser.OpenFileAsync("profile.html", ProfileHtml.Render(profile));
            var dom = await tab.Page.EvaluateAsync<string>(
                "() => document.scripts.length + '|' + [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length + '|' + document.querySelectorAll('details.column').length + '|' + document.querySelectorAll('[data-section]').length");
            var panels = await tab.Page.Locator("details.column > summary").AllTextContentsAsync();

            // Then: only the page's own script, no handler attribute, one panel per column, every section intact
            Assert.Equal($"1|0|{profile.Columns.Count}|{ProfileHtml.Sections.Count}", dom);
            Assert.Contains(panels, p => p.StartsWith("<script>alert(1)</script>", StringComparison.Ordinal));
            Assert.Empty(tab.Problems);
        }
    }

    public sealed class TheRenderMethod
    {
        [Fact]
        public async Task Should_Pass_The_Nu_Html_Checker_With_No_Error_Or_Warning()
        {
            // Given
            var html = ProfileHtml.Render(ShippedProfile.Credit);

            // When: the W3C's validator, offline (build/node_modules/vnu-jar)
            var problems = await NuHtmlChecker.ProblemsAsync(html);

            // Then
            Assert.True(problems.Count == 0, $"{problems.Count} problem(s) the Nu Html Checker finds:\n{string.Join("\n", problems)}");
        }

        [Fact]
        public void Should_Load_Nothing_From_Outside_The_File_And_Allow_Only_Its_Own_Script()
        {
            // Given
            var profile = ShippedProfile.Credit;

            // When
            var html = ProfileHtml.Render(profile);

            // Then
            Assert.DoesNotMatch(ExternalReference(), html);
            Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ProfileHtml.ContentSecurityPolicy}\">", html, StringComparison.Ordinal);
            Assert.StartsWith("default-src 'none';", ProfileHtml.ContentSecurityPolicy, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("overview")]
        [InlineData("alerts")]
        [InlineData("target")]
        [InlineData("associations")]
        [InlineData("correlations")]
        [InlineData("columns")]
        public void Should_Contain_Each_Section(string section)
        {
            // Given
            var profile = ShippedProfile.Credit;

            // When
            var html = ProfileHtml.Render(profile);

            // Then
            Assert.Contains($"data-section=\"{section}\"", html, StringComparison.Ordinal);
        }
    }
}
