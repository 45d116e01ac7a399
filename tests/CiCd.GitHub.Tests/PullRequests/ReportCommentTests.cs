using CiCd.GitHub.PullRequests;

namespace CiCd.GitHub.Tests.PullRequests;

public static class ReportCommentTests
{
    public sealed class TheComposeMethod
    {
        private const string Run = "https://github.example.test/acme/credit/actions/runs/99";

        [Fact]
        public void Should_Join_The_Reports_In_Order()
        {
            // When
            var text = ReportComment.Compose(["## Validation\n", "## Gate: passed\n\n"], Run, null);

            // Then
            Assert.StartsWith("## Validation\n\n## Gate: passed\n\n", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_Run_And_Commit_In_The_Footer()
        {
            // When
            var text = ReportComment.Compose(["## Gate"], Run, "0123456789abcdef0123");

            // Then
            Assert.Contains($"[this run]({Run}) at `0123456789ab`", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Say_There_Is_No_Report_Rather_Than_Leave_The_Last_One_Standing()
        {
            // When
            var text = ReportComment.Compose([], null, null);

            // Then
            Assert.StartsWith("## ❌ No report", text, StringComparison.Ordinal);
            Assert.Contains("Updated by this run;", text, StringComparison.Ordinal);
        }
    }
}
