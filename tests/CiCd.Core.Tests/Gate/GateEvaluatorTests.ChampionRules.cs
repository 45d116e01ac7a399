using CiCd.Configuration;
using CiCd.Gate;
using CiCd.Metrics;

namespace CiCd.Core.Tests.Gate;

// Rules against the champion: absolute and relative changes, lower-is-better metrics, a champion lacking the metric or at zero.
public sealed partial class GateEvaluatorTests
{
    public sealed partial class TheEvaluateMethod
    {
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
        public void Should_Fail_A_Champion_Rule_When_The_Candidate_Value_Is_Not_A_Number()
        {
            // Given
            var gates = Rules(Absolute(MetricNames.RocAuc, 0));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, double.NaN)), Card("p", (MetricNames.RocAuc, 0.75)));

            // Then
            Assert.Equal(GateOutcome.Fail, Assert.Single(report.Checks).Outcome);
        }
    }
}
