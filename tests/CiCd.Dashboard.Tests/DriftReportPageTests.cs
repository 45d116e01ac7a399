using CiCd.Dashboard.Tests.Fixtures;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Reports.Html;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Tests.Support;

namespace CiCd.Dashboard.Tests;

// The drift report as `mlops drift` writes it (drift.html), opened from disk in the dashboard site's browser.
public sealed class DriftReportPageTests
{
    public sealed class TheRenderMethod(DriftedSite site) : IClassFixture<DriftedSite>
    {
        [ChromiumFact]
        public async Task Should_Pass_Every_Wcag_21_AA_Check_Of_Axe()
        {
            // Given
            var model = TrainedModel.Credit;
            var html = DriftHtml.Render(DriftReports.Drifted(model), model.Config.Drift.ToPolicy());
            var tab = await site.OpenFileAsync("drift.html", html);

            // When
            var violations = await Axe.ViolationsAsync(tab.Page);

            // Then
            Assert.True(violations.Count == 0, $"{violations.Count} WCAG violation(s):\n{string.Join("\n", violations)}");
            Assert.Empty(tab.Problems);
        }
    }
}
