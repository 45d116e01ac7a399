using CiCd.Gate;

namespace CiCd.Kernel.Tests.Gate;

public sealed class GateMarkdownTests
{
    private static GateCheck Check(string metric, GateOutcome outcome) => new("min 0.5", metric, 0.25, 0.5, null, null, outcome, "reason");

    public sealed class TheRenderMethod
    {
        [Fact]
        public void Should_Say_Passed_When_No_Check_Failed()
        {
            // Given
            var report = new GateReport("c.json", "run-1", null, null, [Check("roc_auc", GateOutcome.Pass), Check("recall", GateOutcome.NoChampion)]);

            // When
            var markdown = GateMarkdown.Render(report);

            // Then
            Assert.StartsWith("## Gate: ✅ passed", markdown, StringComparison.Ordinal);
            Assert.Contains("champion none", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Count_Failures_And_List_Them_First()
        {
            // Given
            var report = new GateReport("c.json", "run-1", "p.json", "run-0",
                [Check("roc_auc", GateOutcome.Pass), Check("recall", GateOutcome.Fail), Check("f1", GateOutcome.Fail)]);

            // When
            var markdown = GateMarkdown.Render(report);

            // Then
            Assert.StartsWith("## Gate: ❌ failed (2 of 3 checks)", markdown, StringComparison.Ordinal);
            var rows = markdown.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToList();
            Assert.Equal(["FAIL", "FAIL", "pass"], rows.Select(r => r.Split('|')[1].Trim()));
        }

        [Fact]
        public void Should_Say_Check_For_A_Single_Check()
        {
            // Given: one check, failed
            var report = new GateReport("c.json", "run-1", null, null, [Check("roc_auc", GateOutcome.Fail)]);

            // When
            var markdown = GateMarkdown.Render(report);

            // Then: not "1 of 1 checks"
            Assert.StartsWith("## Gate: ❌ failed (1 of 1 check)", markdown, StringComparison.Ordinal);
        }
    }
}
