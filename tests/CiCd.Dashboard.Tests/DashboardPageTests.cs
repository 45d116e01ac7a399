using System.Globalization;
using System.Text.Json;
using CiCd.Dashboard.Tests.Fixtures;
using CiCd.Serving.Tests.Fixtures;
using Microsoft.Playwright;

namespace CiCd.Dashboard.Tests;

public sealed class DashboardPageTests
{
    private const string RedRgb = "rgb(214, 39, 40)";
    private const string GreenRgb = "rgb(44, 160, 44)";

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

    public sealed class TheRenderMethod(DriftedSite site) : IClassFixture<DriftedSite>
    {
        [ChromiumFact]
        public async Task Should_Load_Without_Console_Errors_Page_Errors_Or_Failed_Requests()
        {
            // When
            var tab = await site.OpenAsync();
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
        public async Task Should_Draw_Every_Chart_With_Marks_And_A_Visible_Box()
        {
            // When
            var tab = await site.OpenAsync();
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
            var tab = await site.OpenAsync();
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
            var tab = await site.OpenAsync();
            var before = long.Parse(await tab.Page.Locator("#predictions-total").InnerTextAsync(), CultureInfo.InvariantCulture);
            var records = new Records(TrainedModel.Credit);

            // When
            for (var i = 0; i < 3; i++)
            {
                (await site.Service.Client.PostAsync("/v1/predict", Records.Json(records.Record(i)))).EnsureSuccessStatusCode();
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

    public sealed class TheRenderMethodWithoutDrift(GreenSite site) : IClassFixture<GreenSite>
    {
        [ChromiumFact]
        public async Task Should_Show_Green_When_The_Current_Data_Matches_The_Reference()
        {
            // When
            var tab = await site.OpenAsync();
            var page = tab.Page;

            // Then
            Assert.Equal("green", await page.Locator("#drift-verdict").GetAttributeAsync("data-level"));
            Assert.Equal(GreenRgb, await BackgroundAsync(page, "#drift-verdict .badge"));
            Assert.Equal(0, await page.Locator("#drift table.lights tbody tr[data-level='red']").CountAsync());
            Assert.Empty(tab.Problems);
        }
    }
}
