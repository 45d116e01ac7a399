using System.Globalization;
using System.Text.Json;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Testing;
using Microsoft.Playwright;

namespace CiCd.Serving.Tests.Dashboard;

public sealed class DashboardPageTests
{
    private const string RedRgb = "rgb(214, 39, 40)";
    private const string GreenRgb = "rgb(26, 127, 55)";

    // Every inline SVG chart: its box on screen and how many of its marks have a non-empty box of their own.
    private const string ChartsScript = """
        () => Array.from(document.querySelectorAll('figure svg')).map(svg => {
          const box = svg.getBoundingClientRect();
          const marks = Array.from(svg.querySelectorAll('path, rect, line, polyline, polygon, circle, ellipse'))
            .filter(m => { const b = m.getBBox(); return b.width > 0 || b.height > 0; }).length;
          const figure = svg.closest('figure');
          return { name: figure.id || figure.dataset.column || svg.id || '', width: box.width, height: box.height, marks: marks };
        })
        """;

    private sealed record Chart(string Name, double Width, double Height, int Marks);

    private static async Task<IReadOnlyList<Chart>> ChartsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(ChartsScript);
        return [.. json.EnumerateArray().Select(c => new Chart(c.GetProperty("name").GetString()!, c.GetProperty("width").GetDouble(),
            c.GetProperty("height").GetDouble(), c.GetProperty("marks").GetInt32()))];
    }

    private static Task<string> BackgroundAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");

    [Collection(DashboardSitesGroup.Name)]
    public sealed class TheRenderMethod(DashboardSites sites)
    {
        private readonly DashboardSite _site = sites.Drifted;

        [Fact]
        public async Task Should_Pass_The_Nu_Html_Checker_With_No_Error_Or_Warning()
        {
            // Given: the page as served, with its drift section (the drifted site's /dashboard)

            // When: the W3C's validator, offline (build/node_modules/vnu-jar), in the run that checks the drift report page too
            var problems = await sites.NuProblemsAsync(DashboardSites.Checked.Dashboard);

            // Then
            Assert.True(problems.Count == 0, $"{problems.Count} problem(s) the Nu Html Checker finds:\n{string.Join("\n", problems)}");
        }

        [ChromiumFact]
        public async Task Should_Load_Without_Console_Errors_Page_Errors_Or_Failed_Requests()
        {
            // When
            var tab = await _site.OpenAsync();
            await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            // Then
            Assert.Empty(tab.Problems);
            Assert.StartsWith("mlops dashboard: ", await tab.Page.TitleAsync(), StringComparison.Ordinal);
            Assert.Equal(TrainedModel.Credit.Card.RunId, await tab.Page.Locator("#model-version").InnerTextAsync());
            // For people: the whole page, and the first screen as an operator sees it.
            var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
            await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard-drifted.png"), FullPage = true });
            await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard-drifted-first-screen.png") });
            await tab.Page.Locator("#drift").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, "dashboard-drifted-drift-section.png") });
            Assert.True(new FileInfo(Path.Combine(folder, "dashboard-drifted.png")).Length > 10_000, "the screenshot looks empty");
        }

        [ChromiumFact]
        public async Task Should_Pass_Every_Wcag_21_AA_Check_Of_Axe()
        {
            // Given
            var tab = await _site.OpenAsync();

            // When
            var violations = await Axe.ViolationsAsync(tab.Page);

            // Then
            Assert.True(violations.Count == 0, $"{violations.Count} WCAG violation(s):\n{string.Join("\n", violations)}");
        }

        [ChromiumFact]
        public async Task Should_Sort_The_Features_Table_With_The_Keyboard_Alone()
        {
            // Given
            var tab = await _site.OpenAsync();
            var page = tab.Page;
            const string Table = "#drift table.lights";
            var header = page.Locator($"{Table} th:has(button:text-is('column'))");

            // When
            await TabKey.ToButtonAsync(page, Table, "column");
            await page.Keyboard.PressAsync("Enter");
            var ascending = await page.Locator($"{Table} tbody td:nth-child(2)").AllInnerTextsAsync();
            var sortedUp = await header.GetAttributeAsync("aria-sort");
            await page.Keyboard.PressAsync("Space");
            var descending = await page.Locator($"{Table} tbody td:nth-child(2)").AllInnerTextsAsync();

            // Then
            Assert.Equal("ascending", sortedUp);
            Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
            Assert.Equal(ascending.Order(StringComparer.Ordinal), ascending);
            Assert.Equal(ascending.Reverse(), descending);
            Assert.Empty(tab.Problems);
        }

        [ChromiumFact]
        public async Task Should_Allow_Only_Its_Own_Script_By_Hash_And_Forbid_Framing()
        {
            // When
            using var response = await _site.Service.Client.GetAsync("/dashboard");
            var tab = await _site.OpenAsync();
            await TabKey.ToButtonAsync(tab.Page, "#drift table.lights", "light");
            await tab.Page.Keyboard.PressAsync("Enter");

            // Then
            var policy = response.Headers.GetValues("Content-Security-Policy").Single().Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            Assert.Matches("^'sha256-[A-Za-z0-9+/]{43}='$", policy["script-src"]);
            Assert.Equal("'none'", policy["frame-ancestors"]);
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            // The page's own script ran under that policy (the rows start ascending by light; Enter reversed them) and the
            // browser reported no refusal.
            Assert.Equal("descending", await tab.Page.Locator("#drift table.lights th:has(button:text-is('light'))").GetAttributeAsync("aria-sort"));
            Assert.Empty(tab.Problems);
        }

        [ChromiumFact]
        public async Task Should_Refuse_To_Show_Inside_A_Frame()
        {
            // Given
            var tab = await _site.NewTabAsync();
            var dashboard = new Uri(_site.Service.Address, "/dashboard");

            // When
            await tab.Page.SetContentAsync($"<!DOCTYPE html><title>framing</title><iframe src=\"{dashboard}\"></iframe>");

            // Then: Chromium replaces the refused frame with its error page
            await Eventually.TrueAsync(() => tab.Problems.Any(p => p.Contains("frame-ancestors", StringComparison.Ordinal)),
                "Chromium to refuse the framed dashboard");
            Assert.Equal(0, await tab.Page.FrameLocator("iframe").Locator("#model").CountAsync());
        }

        [ChromiumFact]
        public async Task Should_Draw_Every_Chart_With_Marks_And_A_Visible_Box()
        {
            // When
            var tab = await _site.OpenAsync();
            var charts = await ChartsAsync(tab.Page);

            // Then
            Assert.Contains(charts, c => c.Name == "history-share");
            Assert.Contains(charts, c => c.Name == "history-psi");
            Assert.Contains(charts, c => c.Name == DriftReports.ShiftedFeature);
            Assert.All(charts, c =>
            {
                Assert.True(c.Width > 100 && c.Height > 50, $"chart '{c.Name}' is {c.Width}x{c.Height}");
                Assert.True(c.Marks >= 5, $"chart '{c.Name}' draws {c.Marks} marks");
            });
        }

        [ChromiumFact]
        public async Task Should_Show_Red_Overall_And_For_The_Shifted_Feature()
        {
            // When
            var tab = await _site.OpenAsync();
            var page = tab.Page;

            // Then
            Assert.Equal("red", await page.Locator("#drift-verdict").GetAttributeAsync("data-level"));
            Assert.Equal(RedRgb, await BackgroundAsync(page, "#drift-verdict .badge"));
            var row = page.Locator("#drift table.lights tbody tr", new PageLocatorOptions { HasText = DriftReports.ShiftedFeature }).First;
            Assert.Equal("red", await row.GetAttributeAsync("data-level"));
            Assert.Equal(RedRgb, await BackgroundAsync(page, $"#drift table.lights tbody tr:has(strong:text-is('{DriftReports.ShiftedFeature}')) .dot"));
        }

        [ChromiumFact]
        public async Task Should_Update_Live_Metrics_When_Predictions_Arrive()
        {
            // Given
            var tab = await _site.OpenAsync();
            var before = long.Parse(await tab.Page.Locator("#predictions-total").InnerTextAsync(), CultureInfo.InvariantCulture);
            var records = new Records(TrainedModel.Credit);

            // When
            for (var i = 0; i < 3; i++)
            {
                (await _site.Service.Client.PostAsync("/v1/predict", Records.Json(records.Record(i)))).EnsureSuccessStatusCode();
            }

            // Then: the page's own refresh brings the new counts, without a reload
            await Eventually.TrueAsync(async () =>
                    long.Parse(await tab.Page.Locator("#predictions-total").InnerTextAsync(), CultureInfo.InvariantCulture) == before + 3,
                "the dashboard to count three more predictions");
            Assert.True(await tab.Page.Locator("#class-bars rect.bar").CountAsync() >= 1);
            Assert.Contains("/v1/predict", await tab.Page.Locator("#requests").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(tab.Problems);
        }
    }

    [Collection(DashboardSitesGroup.Name)]
    public sealed class TheRenderMethodWithoutDrift(DashboardSites sites)
    {
        private readonly DashboardSite _site = sites.Green;

        [ChromiumFact]
        public async Task Should_Show_Green_When_The_Current_Data_Matches_The_Reference()
        {
            // When
            var tab = await _site.OpenAsync();
            var page = tab.Page;

            // Then
            Assert.Equal("green", await page.Locator("#drift-verdict").GetAttributeAsync("data-level"));
            Assert.Equal(GreenRgb, await BackgroundAsync(page, "#drift-verdict .badge"));
            Assert.Equal(0, await page.Locator("#drift table.lights tbody tr[data-level='red']").CountAsync());
            Assert.Empty(tab.Problems);
        }

        [ChromiumFact]
        public async Task Should_Pass_Every_Wcag_21_AA_Check_Of_Axe()
        {
            // Given
            var tab = await _site.OpenAsync();

            // When
            var violations = await Axe.ViolationsAsync(tab.Page);

            // Then
            Assert.True(violations.Count == 0, $"{violations.Count} WCAG violation(s):\n{string.Join("\n", violations)}");
        }
    }
}
