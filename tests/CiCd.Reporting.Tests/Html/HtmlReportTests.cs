using System.Text;
using System.Text.RegularExpressions;
using CiCd.Reporting.Content;
using CiCd.Reporting.Html;
using CiCd.Reporting.Tests.Fixtures;
using CiCd.Testing;
using CiCd.Testing.Workspace;
using Microsoft.Playwright;

namespace CiCd.Reporting.Tests.Html;

public static partial class HtmlReportTests
{
    [GeneratedRegex("""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import|<link\b|<script[^>]*\bsrc\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("""<div class="scroll"[^>]*>""")]
    private static partial Regex ScrollBox();

    [GeneratedRegex("""<img alt="([^"]*)" width="\d+" height="\d+" src="data:image/svg\+xml;base64,([^"]+)">""")]
    private static partial Regex EmbeddedChart();

    // The report as a reader opens it: the file from disk, in Debian's headless Chromium.
    [Collection(SharedWorkspace.Name)]
    public sealed class TheRenderMethodInChromium(TrainedWorkspace workspace, HeadlessBrowser browser) : IClassFixture<HeadlessBrowser>
    {
        [ChromiumFact]
        public async Task Should_Pass_Every_Wcag_21_AA_Check_Of_Axe()
        {
            // Given
            var tab = await browser.OpenFileAsync("report.html", HtmlReport.Render(workspace.Report));

            // When
            var violations = await Axe.ViolationsAsync(tab.Page);

            // Then
            Assert.True(violations.Count == 0, $"{violations.Count} WCAG violation(s):\n{string.Join("\n", violations)}");
            Assert.Empty(tab.Problems);
        }

        [ChromiumFact]
        public async Task Should_Sort_The_Runs_Table_With_The_Keyboard_Alone()
        {
            // Given
            var tab = await browser.OpenFileAsync("report.html", HtmlReport.Render(workspace.Report));
            var page = tab.Page;
            var header = page.Locator("#runs-table th:has(button:text-is('roc_auc'))");
            var column = await header.EvaluateAsync<int>("th => th.cellIndex + 1");
            var values = $"#runs-table tbody td:nth-child({column})";

            // When
            await TabKey.ToButtonAsync(page, "#runs-table", "roc_auc");
            await page.Keyboard.PressAsync("Enter");
            var ascending = await page.Locator(values).EvaluateAllAsync<double[]>("cells => cells.map(c => parseFloat(c.dataset.value))");
            var sortedUp = await header.GetAttributeAsync("aria-sort");
            await page.Keyboard.PressAsync("Space");
            var descending = await page.Locator(values).EvaluateAllAsync<double[]>("cells => cells.map(c => parseFloat(c.dataset.value))");

            // Then
            Assert.Equal("ascending", sortedUp);
            Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
            Assert.True(ascending.Length >= 3, $"{ascending.Length} runs");
            Assert.Equal(ascending.Order(), ascending);
            Assert.Equal(ascending.OrderDescending(), descending);
            Assert.Empty(tab.Problems);
        }
    }

    [Collection(SharedWorkspace.Name)]
    public sealed class TheRenderMethod(TrainedWorkspace workspace)
    {
        [Fact]
        public async Task Should_Pass_The_Nu_Html_Checker_With_No_Error_Or_Warning()
        {
            // Given
            var html = HtmlReport.Render(workspace.Report);

            // When: the W3C's validator, offline (build/node_modules/vnu-jar)
            var problems = await NuHtmlChecker.ProblemsAsync(html);

            // Then
            Assert.True(problems.Count == 0, $"{problems.Count} problem(s) the Nu Html Checker finds:\n{string.Join("\n", problems)}");
        }

        [Fact]
        public void Should_Load_Nothing_From_Outside_The_File()
        {
            // Given
            var data = workspace.Report;

            // When
            var html = HtmlReport.Render(data);

            // Then
            Assert.DoesNotMatch(ExternalReference(), html);
            Assert.Contains("<style>", html, StringComparison.Ordinal);
            Assert.Contains("<script>", html, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("gate")]
        [InlineData("champion")]
        [InlineData("candidates")]
        [InlineData("evaluation")]
        [InlineData("importance")]
        [InlineData("runs")]
        [InlineData("artefacts")]
        public void Should_Contain_The_Section_With_Its_Data(string section)
        {
            // Given
            var data = workspace.Report;

            // When
            var html = HtmlReport.Render(data);

            // Then
            var body = Section(html, section);
            Assert.DoesNotContain("class=\"note\"", body, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Embed_Every_Chart_As_A_Non_Empty_Svg()
        {
            // Given
            var data = workspace.Report;
            string[] expected =
            [
                "Delta against the champion", "Candidates", "Confusion matrix", "ROC curve", "Precision–recall curve",
                "Permutation importance", "roc_auc by run", "expected_cost by run",
            ];

            // When
            var charts = EmbeddedChart().Matches(HtmlReport.Render(data))
                .ToDictionary(m => m.Groups[1].Value, m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[2].Value)));

            // Then
            Assert.All(expected, title => Assert.Contains(title, charts.Keys));
            Assert.All(charts.Values, svg =>
            {
                Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
                Assert.Contains("<path", svg, StringComparison.Ordinal);
                Assert.True(svg.Length > 2000, $"a chart of {svg.Length} characters is too small to hold data");
            });
        }

        [Fact]
        public void Should_Make_The_Runs_Table_Sortable()
        {
            // Given
            var data = workspace.Report;

            // When
            var html = HtmlReport.Render(data);

            // Then
            var runs = Section(html, "runs");
            Assert.Contains("<table class=\"sortable\" id=\"runs-table\">", runs, StringComparison.Ordinal);
            Assert.Contains("<th scope=\"col\" class=\"num\" data-type=\"number\"><button type=\"button\">roc_auc</button></th>", runs, StringComparison.Ordinal);
            Assert.Matches("<td class=\"num\" data-value=\"0\\.7\"", runs);
            Assert.Contains("table.sortable thead th button", html, StringComparison.Ordinal);
            Assert.Contains("aria-sort", html, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Let_The_Keyboard_Reach_Every_Scrolling_Table_By_Name()
        {
            // Given
            var data = workspace.Report;

            // When
            var boxes = ScrollBox().Matches(HtmlReport.Render(data)).Select(m => m.Value).ToList();

            // Then
            Assert.Equal(3, boxes.Count);
            Assert.All(boxes, box => Assert.Matches("""tabindex="0" role="region" aria-label="[^"]+ table">$""", box));
        }

        [Fact]
        public void Should_List_Only_The_Experiments_Runs_Newest_First()
        {
            // Given
            var data = workspace.Report;

            // When
            var runs = Section(HtmlReport.Render(data), "runs");

            // Then
            var order = Regex.Matches(runs, "data-run=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal([workspace.Card.RunId, "old-2", "old-1"], order);
        }

        [Fact]
        public void Should_Say_Why_When_A_Section_Has_No_Data()
        {
            // Given
            var data = workspace.Report with { Gate = ReportPart.Missing<Gate.GateReport>("no gate report in out/gate yet") };

            // When
            var html = HtmlReport.Render(data);

            // Then
            Assert.Contains("<p class=\"note\">no gate report in out/gate yet</p>", Section(html, "gate"), StringComparison.Ordinal);
            Assert.Contains("data-verdict=\"none\"", html, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Escape_Text_From_The_Inputs()
        {
            // Given
            var data = workspace.Report with { Model = "<script>alert(1)</script>" };

            // When
            var html = HtmlReport.Render(data);

            // Then
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        }

        private static string Section(string html, string id)
        {
            var start = html.IndexOf($"data-section=\"{id}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, $"no section '{id}'");
            return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        }
    }
}
