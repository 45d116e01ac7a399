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
    public sealed class TheRenderMethod(DriftedSite site) : IClassFixture<DriftedSite>
    {
        [ChromiumFact]
        public async Task Should_Pass_Every_Wcag_21_AA_Check_Of_Axe()
        {
            // Given: every section the page can have but performance, windows and prediction drift included
            var model = TrainedModel.Credit;
            var green = DriftReports.Green(model);
            var drifted = DriftReports.Drifted(model);
            var report = drifted with
            {
                Window = "day",
                Windows = [Window(green, drifted.GeneratedUtc.AddDays(-1)), Window(drifted, drifted.GeneratedUtc)],
                Predictions = green.Features,
            };
            var tab = await site.OpenFileAsync("drift.html", DriftHtml.Render(report, model.Config.Drift.ToPolicy()));

            // When
            var violations = await Axe.ViolationsAsync(tab.Page);

            // Then
            Assert.True(violations.Count == 0, $"{violations.Count} WCAG violation(s):\n{string.Join("\n", violations)}");
            Assert.Empty(tab.Problems);
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
