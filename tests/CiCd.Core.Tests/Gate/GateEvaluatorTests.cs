using CiCd.Configuration;
using CiCd.Gate;
using CiCd.Metrics;

namespace CiCd.Core.Tests.Gate;

public sealed partial class GateEvaluatorTests
{
    // Values below are binary fractions, so every difference and ratio is exact and the bounds can be hit on the dot.
    private static GateMetrics Card(string runId, params (string Metric, double Value)[] metrics) =>
        new($"{runId}/model-card.json", runId, metrics.ToDictionary(m => m.Metric, m => m.Value), new Dictionary<string, double>());

    private static GateMetrics WithSpread(GateMetrics card, string metric, double spread) =>
        card with { CvSpread = new Dictionary<string, double> { [metric] = spread } };

    private static GateConfig Thresholds(params ThresholdRule[] rules) => new(rules, [], null);

    private static GateConfig Rules(params ChampionRule[] rules) => new([], rules, null);

    private static ChampionRule Absolute(string metric, double change, bool lenient = false, bool beyondSpread = false) =>
        new(metric, change, null, lenient, beyondSpread);

    private static ChampionRule Relative(string metric, double change, bool lenient = false) => new(metric, null, change, lenient, false);

    public sealed partial class TheEvaluateMethod
    {
        [Fact]
        public void Should_Report_No_Champion_Without_Failing()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, 0), Relative(MetricNames.RocAuc, 0.1));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, 0.75)), null);

            // Then
            Assert.All(report.Checks, c => Assert.Equal(GateOutcome.NoChampion, c.Outcome));
            Assert.True(report.Passed);
            Assert.Null(report.ChampionRunId);
        }

        [Fact]
        public void Should_Collect_Every_Failure()
        {
            // Given
            var gates = new GateConfig(
                [new ThresholdRule(MetricNames.RocAuc, 0.875, null), new ThresholdRule(MetricNames.ExpectedCost, null, 0.5), new ThresholdRule(MetricNames.Recall, 0.5, null)],
                [Absolute(MetricNames.RocAuc, 0)],
                null);
            var candidate = Card("c", (MetricNames.RocAuc, 0.75), (MetricNames.ExpectedCost, 0.625), (MetricNames.Recall, 0.75));

            // When
            var report = GateEvaluator.Evaluate(gates, candidate, Card("p", (MetricNames.RocAuc, 0.8125)));

            // Then
            Assert.Equal(4, report.Checks.Count);
            Assert.Equal(
                [(MetricNames.RocAuc, "min 0.875"), (MetricNames.ExpectedCost, "max 0.5"), (MetricNames.RocAuc, "min_absolute_change 0")],
                report.Failures.Select(f => (f.Metric, f.Rule)));
        }

        [Fact]
        public void Should_Name_Both_Runs_In_The_Report()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, 0));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("candidate-run", (MetricNames.RocAuc, 0.75)), Card("champion-run", (MetricNames.RocAuc, 0.5)));

            // Then
            Assert.Equal(("candidate-run", "champion-run"), (report.CandidateRunId, report.ChampionRunId));
        }

        [Fact]
        public void Should_Pass_Every_Candidate_When_There_Are_No_Gates()
        {
            // Given
            var gates = new GateConfig([], [], null);

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c"), null);

            // Then
            Assert.Empty(report.Checks);
            Assert.True(report.Passed);
        }
    }
}
