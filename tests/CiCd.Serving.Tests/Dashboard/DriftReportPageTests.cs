using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Analysis.Html;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Windows;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Testing;

namespace CiCd.Serving.Tests.Dashboard;

// The drift report as `mlops drift` writes it (drift.html), opened from disk in the dashboard site's browser.
public sealed class DriftReportPageTests
{
    [Collection(DashboardSitesGroup.Name)]
    public sealed class TheRenderMethod(DashboardSites sites)
    {
        private readonly DashboardSite _site = sites.Drifted;

        [ChromiumFact]
        public async Task Should_Pass_Every_Wcag_21_AA_Check_Of_Axe()
        {
            // Given: every section the page can have but performance, windows and prediction drift included
            var tab = await _site.OpenFileAsync("drift.html", FullPage());

            // When
            var violations = await Axe.ViolationsAsync(tab.Page);

            // Then
            Assert.True(violations.Count == 0, $"{violations.Count} WCAG violation(s):\n{string.Join("\n", violations)}");
            Assert.Empty(tab.Problems);
        }

        [Fact]
        public async Task Should_Pass_The_Nu_Html_Checker_With_No_Error_Or_Warning()
        {
            // Given
            var html = FullPage();

            // When: the W3C's validator, offline (build/node_modules/vnu-jar)
            var problems = await NuHtmlChecker.ProblemsAsync(html);

            // Then: the verdict is a section, so it carries a name
            Assert.True(problems.Count == 0, $"{problems.Count} problem(s) the Nu Html Checker finds:\n{string.Join("\n", problems)}");
        }

        private static string FullPage()
        {
            var model = TrainedModel.Credit;
            var green = DriftReports.Green(model);
            var drifted = DriftReports.Drifted(model);
            var report = drifted with
            {
                Window = "day",
                Windows = [Window(green, drifted.GeneratedUtc.AddDays(-1)), Window(drifted, drifted.GeneratedUtc)],
                Predictions = green.Features,
            };
            return DriftHtml.Render(report, model.Config.Drift.ToPolicy());
        }

        private static WindowDrift Window(DriftReport report, DateTimeOffset start) => new()
        {
            Start = start,
            End = start.AddDays(1),
            Rows = report.CurrentRows,
            Features = report.Features,
            Level = report.Alert.Level,
        };
    }
}
