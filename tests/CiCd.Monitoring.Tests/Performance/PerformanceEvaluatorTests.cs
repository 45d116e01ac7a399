using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Monitoring.Performance;
using CiCd.Monitoring.Predictions;

namespace CiCd.Monitoring.Tests.Performance;

public sealed class PerformanceEvaluatorTests
{
    private static readonly string[] Classes = ["good", "bad"];

    private static PerformanceEvaluator Evaluator(params ThresholdRule[] gates) =>
        new(new PerformanceSpec(new PredictionSpec(TaskKind.Binary, Classes, 0.5), CostModel.From(Classes, []), gates));

    // Scores that rank every bad above every good when `perfect`, and the other way round otherwise.
    private static List<(int Label, double[] Probabilities)> Rows(int n, bool perfect) =>
        [.. Enumerable.Range(0, n).Select(i =>
        {
            var label = i % 2;
            var bad = (label == 1) == perfect ? 0.8 : 0.2;
            return (label, new[] { 1 - bad, bad });
        })];

    public sealed class TheEvaluateMethod
    {
        [Fact]
        public void Should_Pass_When_Every_Gate_Holds()
        {
            // When
            var result = Evaluator(new ThresholdRule("roc_auc", 0.75, null)).Evaluate(Rows(100, perfect: true));

            // Then
            Assert.True(result.Passed);
            Assert.Equal(1.0, result.Metrics["roc_auc"]);
        }

        [Fact]
        public void Should_Fail_A_Gate_The_Metric_Misses()
        {
            // When
            var result = Evaluator(new ThresholdRule("roc_auc", 0.75, null), new ThresholdRule("accuracy", null, 0.9)).Evaluate(Rows(100, perfect: false));

            // Then
            Assert.False(result.Passed);
            Assert.False(result.Checks[0].Passed);
            Assert.True(result.Checks[1].Passed);
        }

        [Fact]
        public void Should_Not_Score_Too_Few_Labelled_Rows()
        {
            // When
            var result = Evaluator(new ThresholdRule("roc_auc", 0.75, null)).Evaluate(Rows(20, perfect: true));

            // Then
            Assert.False(result.Scored);
            Assert.Contains("20 labelled rows", result.Note, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Not_Score_A_Single_Class()
        {
            // When
            var result = Evaluator().Evaluate([.. Rows(200, perfect: true).Where(r => r.Label == 0)]);

            // Then
            Assert.False(result.Scored);
            Assert.Contains("single class", result.Note, StringComparison.Ordinal);
        }
    }
}
