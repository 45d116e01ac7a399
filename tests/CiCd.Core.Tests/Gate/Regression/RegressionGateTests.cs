using CiCd.Configuration;
using CiCd.Gate;
using CiCd.Metrics;

namespace CiCd.Core.Tests.Gate.Regression;

/// <summary>The gate's arithmetic on regression metrics: errors improve downwards, R² upwards.</summary>
public sealed class RegressionGateTests
{
    // Binary fractions, so every difference is exact and the bounds can be hit on the dot.
    private static GateMetrics Card(string runId, params (string Metric, double Value)[] metrics) =>
        new($"{runId}/model-card.json", runId, metrics.ToDictionary(m => m.Metric, m => m.Value), new Dictionary<string, double>());

    private static GateOutcome Outcome(GateConfig gates, GateMetrics candidate, GateMetrics? champion = null) =>
        Assert.Single(GateEvaluator.Evaluate(gates, candidate, champion).Checks).Outcome;

    public sealed class TheEvaluateMethod
    {
        [Theory]
        [InlineData(50.5, GateOutcome.Pass)]
        [InlineData(50.25, GateOutcome.Pass)]
        [InlineData(50.75, GateOutcome.Fail)]
        public void Should_Bound_Rmse_From_Above(double rmse, GateOutcome expected)
        {
            // Given
            var gates = new GateConfig([new ThresholdRule(MetricNames.Rmse, null, 50.5)], [], null);

            // When
            var outcome = Outcome(gates, Card("c", (MetricNames.Rmse, rmse)));

            // Then
            Assert.Equal(expected, outcome);
        }

        [Theory]
        [InlineData(48, GateOutcome.Pass)]
        [InlineData(50, GateOutcome.Pass)]
        [InlineData(50.5, GateOutcome.Fail)]
        public void Should_Count_A_Lower_Error_As_A_Gain_Against_The_Champion(double candidate, GateOutcome expected)
        {
            // Given
            var gates = new GateConfig([], [new ChampionRule(MetricNames.Mae, 0, null, false, false)], null);

            // When
            var outcome = Outcome(gates, Card("c", (MetricNames.Mae, candidate)), Card("champion", (MetricNames.Mae, 50)));

            // Then
            Assert.Equal(expected, outcome);
        }

        [Fact]
        public void Should_Compute_A_Relative_Change_Of_An_Error_As_Champion_Minus_Candidate_Over_The_Champion()
        {
            // Given
            var gates = new GateConfig([], [new ChampionRule(MetricNames.Rmse, null, 0.25, false, false)], null);

            // When
            var check = Assert.Single(GateEvaluator.Evaluate(gates, Card("c", (MetricNames.Rmse, 30)), Card("champion", (MetricNames.Rmse, 40))).Checks);

            // Then
            Assert.Equal(((double?)0.25, GateOutcome.Pass), (check.Delta, check.Outcome));
        }

        [Fact]
        public void Should_Count_A_Higher_R2_As_A_Gain()
        {
            // Given
            var gates = new GateConfig([], [new ChampionRule(MetricNames.R2, 0.125, null, false, false)], null);

            // When
            var outcome = Outcome(gates, Card("c", (MetricNames.R2, 0.75)), Card("champion", (MetricNames.R2, 0.625)));

            // Then
            Assert.Equal(GateOutcome.Pass, outcome);
        }
    }
}
