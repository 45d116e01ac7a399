using CiCd.Configuration;
using CiCd.Gate;
using CiCd.Metrics;
using CiCd.Release.Notes;
using CiCd.Train.Regression;

namespace CiCd.Release.Tests.Notes;

public static class ReleaseNotesTests
{
    public sealed class TheRenderMethod
    {
        private static readonly GateReport Passed = new("out/train/model-card.json", "run-7f3a", "models/german-credit/v3/card.json", "run-1b2c",
        [
            new GateCheck("min 0.75", "roc_auc", 0.7925, 0.75, null, null, GateOutcome.Pass, "0.7925 ≥ 0.75"),
            new GateCheck("min_absolute_change -0.01", "roc_auc", 0.7925, -0.01, 0.7801, 0.0124, GateOutcome.Pass, "gain 0.0124 ≥ -0.01"),
        ]);

        private static ReleaseNotesInput Input(GateReport? gate = null, string? previous = "v1.0.2") =>
            new("1.0.3", ModelCardBuilder.Credit().Build(), gate ?? Passed, "0123456789abcdef", "ghcr.io/acme/credit@sha256:feed", previous);

        [Fact]
        public void Should_Title_The_Notes_With_Model_And_Version()
        {
            // When
            var notes = ReleaseNotes.Render(Input());

            // Then
            Assert.StartsWith("# german-credit 1.0.3\n", notes, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Say_Exactly_What_Was_Released()
        {
            // When
            var notes = ReleaseNotes.Render(Input());

            // Then
            Assert.Contains("`ghcr.io/acme/credit@sha256:feed`", notes, StringComparison.Ordinal);
            Assert.Contains("`0123456789abcdef`", notes, StringComparison.Ordinal);
            Assert.Contains("fingerprint `sha256:abc123`", notes, StringComparison.Ordinal);
            Assert.Contains("sha256 `sha256:def456`", notes, StringComparison.Ordinal);
            Assert.Contains("run `run-7f3a`", notes, StringComparison.Ordinal);
            Assert.Contains("`v1.0.2`", notes, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_List_The_Test_Metrics_With_Their_Cross_Validation_Spread()
        {
            // When
            var notes = ReleaseNotes.Render(Input());

            // Then
            Assert.Contains("| roc_auc | 0.7925 | 0.7810 | 0.0210 |", notes, StringComparison.Ordinal);
            Assert.Contains("| expected_cost | 0.5550 | 0.5800 | 0.0400 |", notes, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Show_The_Gate_Verdict_As_Reviewers_Saw_It()
        {
            // When
            var notes = ReleaseNotes.Render(Input());

            // Then
            Assert.Contains(GateMarkdown.Render(Passed), notes, StringComparison.Ordinal);
            Assert.Contains("run `run-1b2c`", notes, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Say_So_When_No_Gate_Report_Was_Given()
        {
            // When
            var notes = ReleaseNotes.Render(Input() with { Gate = null });

            // Then
            Assert.Contains("No gate report was given", notes, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Carry_The_Cards_Intended_Use_And_Limitations()
        {
            // When
            var notes = ReleaseNotes.Render(Input());

            // Then
            Assert.Contains("## Intended use\n\nScoring the default risk of credit applicants.", notes, StringComparison.Ordinal);
            Assert.Contains("- Trained on 1970s German data.", notes, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Call_The_First_Release_Of_A_Series_So()
        {
            // When
            var notes = ReleaseNotes.Render(Input(previous: null) with { Previous = null });

            // Then
            Assert.Contains("none, this is the first of its series", notes, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Show_A_Classifiers_Class_Balance()
        {
            // When
            var notes = ReleaseNotes.Render(Input());

            // Then
            Assert.Contains("- **Class balance of class (test split)**: good 140 (70.0 %), bad 60 (30.0 %)\n", notes, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Show_A_Regression_Targets_Distribution()
        {
            // Given
            var card = ModelCardBuilder.Credit().With(c => c with
            {
                Task = TaskKind.Regression,
                Target = "progression",
                Classes = [],
                PositiveClass = null,
                ConfusionMatrix = new ConfusionMatrix([], []),
                TargetTransform = TargetTransform.Log1p,
                TargetDistribution = new TargetSummary(353, 152.134, 77.09, 25, 50, 87, 140.5, 211, 310, 346, 0),
            }).Build();

            // When
            var notes = ReleaseNotes.Render(Input() with { Card = card });

            // Then
            Assert.Contains("- **Target progression (training split)**: count 353, min 25, 25 % 87, median 140.5, mean 152.13, 75 % 211, max 346, " +
                "sd 77.09, learned through log1p\n", notes, StringComparison.Ordinal);
            Assert.DoesNotContain("Class balance", notes, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Leave_The_Target_Out_For_A_Regression_Card_Without_Its_Distribution()
        {
            // Given
            var card = ModelCardBuilder.Credit().With(c => c with { Task = TaskKind.Regression, Classes = [], PositiveClass = null, ConfusionMatrix = new ConfusionMatrix([], []) }).Build();

            // When
            var notes = ReleaseNotes.Render(Input() with { Card = card });

            // Then
            Assert.DoesNotContain("- **Target", notes, StringComparison.Ordinal);
            Assert.DoesNotContain("- **Class balance", notes, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Be_The_Same_For_The_Same_Inputs() =>
            Assert.Equal(ReleaseNotes.Render(Input()), ReleaseNotes.Render(Input()));
    }
}
