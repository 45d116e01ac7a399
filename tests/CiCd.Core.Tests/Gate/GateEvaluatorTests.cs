using CiCd.Configuration;
using CiCd.Gate;
using CiCd.Metrics;

namespace CiCd.Core.Tests.Gate;

public sealed class GateEvaluatorTests
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

    public sealed class TheEvaluateMethod
    {
        [Fact]
        public void Should_Pass_A_Minimum_Met_Exactly()
        {
            // Given
            var gates = Thresholds(new ThresholdRule(MetricNames.RocAuc, 0.75, null));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, 0.75)), null);

            // Then
            Assert.Equal(GateOutcome.Pass, Assert.Single(report.Checks).Outcome);
            Assert.True(report.Passed);
        }

        [Fact]
        public void Should_Fail_A_Value_Below_The_Minimum()
        {
            // Given
            var gates = Thresholds(new ThresholdRule(MetricNames.RocAuc, 0.75, null));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, 0.74)), null);

            // Then
            var check = Assert.Single(report.Checks);
            Assert.Equal(GateOutcome.Fail, check.Outcome);
            Assert.Equal((0.74, 0.75), (check.Value, check.Threshold));
            Assert.False(report.Passed);
        }

        [Fact]
        public void Should_Pass_A_Maximum_Met_Exactly()
        {
            // Given
            var gates = Thresholds(new ThresholdRule(MetricNames.ExpectedCost, null, 0.625));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.ExpectedCost, 0.625)), null);

            // Then
            Assert.True(report.Passed);
        }

        [Fact]
        public void Should_Fail_A_Value_Above_The_Maximum()
        {
            // Given
            var gates = Thresholds(new ThresholdRule(MetricNames.ExpectedCost, null, 0.625));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.ExpectedCost, 0.63)), null);

            // Then
            Assert.Equal(GateOutcome.Fail, Assert.Single(report.Checks).Outcome);
        }

        [Fact]
        public void Should_Check_Both_Bounds_Of_One_Threshold()
        {
            // Given
            var gates = Thresholds(new ThresholdRule(MetricNames.Recall, 0.5, 0.75));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.Recall, 0.875)), null);

            // Then
            Assert.Equal([GateOutcome.Pass, GateOutcome.Fail], report.Checks.Select(c => c.Outcome));
        }

        [Fact]
        public void Should_Fail_A_Threshold_When_The_Candidate_Lacks_The_Metric()
        {
            // Given
            var gates = Thresholds(new ThresholdRule(MetricNames.RocAuc, 0.75, null));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.Accuracy, 0.9)), null);

            // Then
            var check = Assert.Single(report.Checks);
            Assert.Equal(GateOutcome.Fail, check.Outcome);
            Assert.Null(check.Value);
            Assert.Contains("has no 'roc_auc'", check.Reason, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Pass_When_Auc_Drops_Less_Than_Allowed()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, -0.0625));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, 0.75)), Card("p", (MetricNames.RocAuc, 0.78125)));

            // Then
            var check = Assert.Single(report.Checks);
            Assert.Equal(GateOutcome.Pass, check.Outcome);
            Assert.Equal(-0.03125, check.Delta);
        }

        [Fact]
        public void Should_Pass_When_Auc_Drops_Exactly_As_Much_As_Allowed()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, -0.0625));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, 0.75)), Card("p", (MetricNames.RocAuc, 0.8125)));

            // Then
            Assert.Equal(GateOutcome.Pass, Assert.Single(report.Checks).Outcome);
        }

        [Fact]
        public void Should_Fail_When_Auc_Drops_More_Than_Allowed()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, -0.0625));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, 0.75)), Card("p", (MetricNames.RocAuc, 0.875)));

            // Then
            var check = Assert.Single(report.Checks);
            Assert.Equal(GateOutcome.Fail, check.Outcome);
            Assert.Equal((0.75, 0.875, -0.125), (check.Value, check.Champion, check.Delta));
        }

        [Fact]
        public void Should_Pass_Not_Worse_Than_The_Champion_On_A_Tie()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, 0));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, 0.75)), Card("p", (MetricNames.RocAuc, 0.75)));

            // Then
            Assert.True(report.Passed);
        }

        [Fact]
        public void Should_Count_A_Lower_Cost_As_A_Gain()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.ExpectedCost, 0));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.ExpectedCost, 0.5)), Card("p", (MetricNames.ExpectedCost, 0.625)));

            // Then
            var check = Assert.Single(report.Checks);
            Assert.Equal(GateOutcome.Pass, check.Outcome);
            Assert.Equal(0.125, check.Delta);
        }

        [Fact]
        public void Should_Fail_When_The_Cost_Rises_Above_The_Champion()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.ExpectedCost, 0));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.ExpectedCost, 0.75)), Card("p", (MetricNames.ExpectedCost, 0.625)));

            // Then
            var check = Assert.Single(report.Checks);
            Assert.Equal(GateOutcome.Fail, check.Outcome);
            Assert.Equal(-0.125, check.Delta);
        }

        [Fact]
        public void Should_Require_A_Relative_Gain_Over_The_Absolute_Champion_Value()
        {
            // Given: (0.75 − 0.5) / |0.5| = 0.5.
            var gates = Rules(Relative(MetricNames.RocAuc, 0.5));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, 0.75)), Card("p", (MetricNames.RocAuc, 0.5)));

            // Then
            var check = Assert.Single(report.Checks);
            Assert.Equal(GateOutcome.Pass, check.Outcome);
            Assert.Equal(0.5, check.Delta);
        }

        [Fact]
        public void Should_Fail_A_Relative_Gain_Below_The_Required_One()
        {
            // Given: (0.75 − 0.5) / 0.5 = 0.5 < 0.625.
            var gates = Rules(Relative(MetricNames.RocAuc, 0.625));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, 0.75)), Card("p", (MetricNames.RocAuc, 0.5)));

            // Then
            Assert.Equal(GateOutcome.Fail, Assert.Single(report.Checks).Outcome);
        }

        [Fact]
        public void Should_Flip_The_Sign_Of_A_Relative_Change_For_Lower_Is_Better_Metrics()
        {
            // Given: log-loss falls from 0.5 to 0.25, a relative gain of (0.5 − 0.25) / 0.5 = 0.5.
            var gates = Rules(Relative(MetricNames.LogLoss, 0.5));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.LogLoss, 0.25)), Card("p", (MetricNames.LogLoss, 0.5)));

            // Then
            var check = Assert.Single(report.Checks);
            Assert.Equal(GateOutcome.Pass, check.Outcome);
            Assert.Equal(0.5, check.Delta);
        }

        [Fact]
        public void Should_Check_Absolute_And_Relative_Changes_Of_One_Rule_Separately()
        {
            // Given
            var gates = Rules(new ChampionRule(MetricNames.RocAuc, 0, 0.75, false, false));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, 0.75)), Card("p", (MetricNames.RocAuc, 0.5)));

            // Then
            Assert.Equal([GateOutcome.Pass, GateOutcome.Fail], report.Checks.Select(c => c.Outcome));
        }

        [Fact]
        public void Should_Fail_When_The_Candidate_Lacks_A_Champion_Rule_Metric()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, 0));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.Accuracy, 0.75)), Card("p", (MetricNames.RocAuc, 0.5)));

            // Then
            Assert.Equal(GateOutcome.Fail, Assert.Single(report.Checks).Outcome);
        }

        [Fact]
        public void Should_Fail_When_The_Champion_Lacks_The_Metric()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, 0));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, 0.75)), Card("p", (MetricNames.Accuracy, 0.5)));

            // Then
            var check = Assert.Single(report.Checks);
            Assert.Equal(GateOutcome.Fail, check.Outcome);
            Assert.Contains("the champion has no 'roc_auc'", check.Reason, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Pass_When_The_Champion_Lacks_The_Metric_And_The_Rule_Allows_It()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, 0, lenient: true));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, 0.75)), Card("p", (MetricNames.Accuracy, 0.5)));

            // Then
            Assert.Equal(GateOutcome.Pass, Assert.Single(report.Checks).Outcome);
        }

        [Fact]
        public void Should_Fail_A_Relative_Rule_When_The_Champion_Is_Zero()
        {
            // Given
            var gates = Rules(Relative(MetricNames.F1, 0.1));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.F1, 0.5)), Card("p", (MetricNames.F1, 0)));

            // Then
            var check = Assert.Single(report.Checks);
            Assert.Equal(GateOutcome.Fail, check.Outcome);
            Assert.Null(check.Delta);
        }

        [Fact]
        public void Should_Pass_A_Relative_Rule_With_A_Zero_Champion_When_The_Rule_Allows_It()
        {
            // Given
            var gates = Rules(Relative(MetricNames.F1, 0.1, lenient: true));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.F1, 0.5)), Card("p", (MetricNames.F1, 0)));

            // Then
            Assert.Equal(GateOutcome.Pass, Assert.Single(report.Checks).Outcome);
        }

        [Fact]
        public void Should_Compare_An_Absolute_Rule_With_A_Zero_Champion()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.F1, 0.25));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.F1, 0.5)), Card("p", (MetricNames.F1, 0)));

            // Then
            var check = Assert.Single(report.Checks);
            Assert.Equal(GateOutcome.Pass, check.Outcome);
            Assert.Equal(0.5, check.Delta);
        }

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
        public void Should_Fail_When_The_Gain_Is_Within_The_Cv_Spread_And_The_Rule_Requires_More()
        {
            // Given: a gain of 0.125 against a fold-to-fold spread of 0.25.
            var gates = Rules(Absolute(MetricNames.RocAuc, 0, beyondSpread: true));
            var candidate = WithSpread(Card("c", (MetricNames.RocAuc, 0.75)), MetricNames.RocAuc, 0.25);

            // When
            var report = GateEvaluator.Evaluate(gates, candidate, Card("p", (MetricNames.RocAuc, 0.625)));

            // Then
            var check = Assert.Single(report.Checks);
            Assert.Equal(GateOutcome.Fail, check.Outcome);
            Assert.Contains("within noise", check.Reason, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Fail_When_The_Gain_Equals_The_Cv_Spread_And_The_Rule_Requires_More()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, 0, beyondSpread: true));
            var candidate = WithSpread(Card("c", (MetricNames.RocAuc, 0.75)), MetricNames.RocAuc, 0.125);

            // When
            var report = GateEvaluator.Evaluate(gates, candidate, Card("p", (MetricNames.RocAuc, 0.625)));

            // Then
            Assert.Equal(GateOutcome.Fail, Assert.Single(report.Checks).Outcome);
        }

        [Fact]
        public void Should_Pass_When_The_Gain_Exceeds_The_Cv_Spread()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, 0, beyondSpread: true));
            var candidate = WithSpread(Card("c", (MetricNames.RocAuc, 0.75)), MetricNames.RocAuc, 0.0625);

            // When
            var report = GateEvaluator.Evaluate(gates, candidate, Card("p", (MetricNames.RocAuc, 0.625)));

            // Then
            Assert.Equal(GateOutcome.Pass, Assert.Single(report.Checks).Outcome);
        }

        [Fact]
        public void Should_Fail_When_The_Gain_Must_Beat_The_Spread_But_The_Candidate_Has_None()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, 0, beyondSpread: true));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, 0.75)), Card("p", (MetricNames.RocAuc, 0.625)));

            // Then
            Assert.Equal(GateOutcome.Fail, Assert.Single(report.Checks).Outcome);
        }

        [Fact]
        public void Should_Fail_When_The_Gain_Must_Beat_The_Spread_And_There_Is_No_Gain()
        {
            // Given: a tolerated drop of 0.0625, with a spread of 0.125.
            var gates = Rules(Absolute(MetricNames.RocAuc, -0.125, beyondSpread: true));
            var candidate = WithSpread(Card("c", (MetricNames.RocAuc, 0.75)), MetricNames.RocAuc, 0.125);

            // When
            var report = GateEvaluator.Evaluate(gates, candidate, Card("p", (MetricNames.RocAuc, 0.8125)));

            // Then
            Assert.Equal(GateOutcome.Fail, Assert.Single(report.Checks).Outcome);
        }

        [Fact]
        public void Should_Fail_A_Threshold_When_The_Value_Is_Not_A_Number()
        {
            // Given
            var gates = Thresholds(new ThresholdRule(MetricNames.RocAuc, 0.75, null), new ThresholdRule(MetricNames.LogLoss, null, 0.5));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, double.NaN), (MetricNames.LogLoss, double.NaN)), null);

            // Then
            Assert.All(report.Checks, c => Assert.Equal(GateOutcome.Fail, c.Outcome));
        }

        [Fact]
        public void Should_Fail_A_Champion_Rule_When_The_Candidate_Value_Is_Not_A_Number()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, 0));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, double.NaN)), Card("p", (MetricNames.RocAuc, 0.75)));

            // Then
            Assert.Equal(GateOutcome.Fail, Assert.Single(report.Checks).Outcome);
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
