using CiCd.Serving.Tests.Fixtures;

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
            var tab = await _site.OpenFileAsync("drift.html", FullDriftReport.Html());

            // When
            var violations = await Axe.ViolationsAsync(tab.Page);

            // Then
            Assert.True(violations.Count == 0, $"{violations.Count} WCAG violation(s):\n{string.Join("\n", violations)}");
            Assert.Empty(tab.Problems);
        }

        [Fact]
        public async Task Should_Pass_The_Nu_Html_Checker_With_No_Error_Or_Warning()
        {
            // Given: the page with every section but performance (FullDriftReport)

            // When: the W3C's validator, offline (build/node_modules/vnu-jar), in the run that checks the dashboard page too
            var problems = await sites.NuProblemsAsync(DashboardSites.Checked.DriftReport);

            // Then: the verdict is a section, so it carries a name
            Assert.True(problems.Count == 0, $"{problems.Count} problem(s) the Nu Html Checker finds:\n{string.Join("\n", problems)}");
        }
    }
}
