using CiCd.Configuration;
using CiCd.Gate;
using CiCd.Metrics;

namespace CiCd.Core.Tests.Gate;

// Rules that require a gain beyond the cross-validation spread.
public sealed partial class GateEvaluatorTests
{
    public sealed partial class TheEvaluateMethod
    {
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
    }
}
