using CiCd.Configuration;
using CiCd.Gate;
using CiCd.Metrics;

namespace CiCd.Core.Tests.Gate;

// Fixed thresholds: a minimum, a maximum or both, on the candidate's own metrics.
public sealed partial class GateEvaluatorTests
{
    public sealed partial class TheEvaluateMethod
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
        public void Should_Fail_A_Threshold_When_The_Value_Is_Not_A_Number()
        {
            // Given
            var gates = Thresholds(new ThresholdRule(MetricNames.RocAuc, 0.75, null), new ThresholdRule(MetricNames.LogLoss, null, 0.5));

            // When
            var report = GateEvaluator.Evaluate(gates, Card("c", (MetricNames.RocAuc, double.NaN), (MetricNames.LogLoss, double.NaN)), null);

            // Then
            Assert.All(report.Checks, c => Assert.Equal(GateOutcome.Fail, c.Outcome));
        }
    }
}
