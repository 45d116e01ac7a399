using CiCd.Data.Profiling;
using CiCd.Reporting.Profile;

namespace CiCd.Reporting.Tests.Profile;

public static class ProfileSummaryTests
{
    public sealed class TheRenderMethod
    {
        [Fact]
        public void Should_Show_Each_Figure_With_Its_Change_Against_The_Baseline()
        {
            // Given: the baseline had 40 fewer rows and no alerts
            var current = ShippedProfile.Credit;
            var baseline = current with { Overview = current.Overview with { Rows = 960 }, Alerts = [] };

            // When
            var markdown = ProfileSummary.Render(current, baseline);

            // Then
            Assert.Contains("| rows | 1,000 | 960 | +40 |", markdown, StringComparison.Ordinal);
            Assert.Contains("| alerts | 1 | 0 | +1 |", markdown, StringComparison.Ordinal);
            Assert.Contains("New alerts:", markdown, StringComparison.Ordinal);
            Assert.Contains("**near_constant** `foreign_worker`", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Keep_An_Alert_On_Its_Data_Line_Without_Html()
        {
            // Given: a column named to hide the rest of the pull-request comment, with a line break and a backtick
            var current = ShippedProfile.Credit with { Alerts = [new(ProfileAlertKind.Constant, "<!-- `x`\n- **y**", "a single value in <every> row")] };

            // When
            var markdown = ProfileSummary.Render(current, null);

            // Then
            Assert.Contains("- **constant** ``<!-- `x`\\n- **y**`` a single value in \\<every\\> row\n", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Say_There_Is_No_Baseline_And_List_The_Alerts()
        {
            // Given
            var current = ShippedProfile.Credit;

            // When
            var markdown = ProfileSummary.Render(current, null);

            // Then
            Assert.Contains("| rows | 1,000 |\n", markdown, StringComparison.Ordinal);
            Assert.Contains("No production profile to compare with.", markdown, StringComparison.Ordinal);
            Assert.Contains("**near_constant**", markdown, StringComparison.Ordinal);
        }
    }
}
