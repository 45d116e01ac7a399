using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Monitoring.Performance;
using CiCd.Monitoring.Predictions;

namespace CiCd.Monitoring.Tests.Performance;

public sealed class PerformanceEvaluatorTests
{
    private static readonly string[] Classes = ["good", "bad"];

    private static PerformanceEvaluator Regression(params ThresholdRule[] gates) =>
        new(new PerformanceSpec(new PredictionSpec(TaskKind.Regression, [], 0), CostModel.From([], []), gates, MinLabelledRows: 3));

    private static List<(double Label, double[] Outputs)> Observed(double[] actual, double[] predicted) =>
        [.. actual.Select((y, i) => (y, new[] { predicted[i] }))];

    private static PerformanceEvaluator Evaluator(params ThresholdRule[] gates) =>
        new(new PerformanceSpec(new PredictionSpec(TaskKind.Binary, Classes, 0.5), CostModel.From(Classes, []), gates));

    // Scores that rank every bad above every good when `perfect`, and the other way round otherwise.
    private static List<(double Label, double[] Outputs)> Rows(int n, bool perfect) =>
        [.. Enumerable.Range(0, n).Select(i =>
        {
            var label = i % 2;
            var bad = (label == 1) == perfect ? 0.8 : 0.2;
            return ((double)label, new[] { 1 - bad, bad });
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

        [Fact]
        public void Should_Score_A_Regression_With_Its_Error_Metrics_As_By_Hand()
        {
            // Given: errors 1, 0 and −3 against outcomes 1, 2 and 4
            var rows = Observed([1, 2, 4], [2, 2, 1]);

            // When
            var result = Regression().Evaluate(rows);

            // Then: RMSE √(10/3), MAE 4/3, R² 1 − 10 / (42/9), MAPE (1/1 + 0/2 + 3/4) / 3, no calibration
            Assert.True(result.Scored);
            Assert.Equal(Math.Sqrt(10.0 / 3), result.Metrics["rmse"], 12);
            Assert.Equal(4.0 / 3, result.Metrics["mae"], 12);
            Assert.Equal(1 - 10 / (42.0 / 9), result.Metrics["r2"], 12);
            Assert.Equal(1.75 / 3, result.Metrics["mape"], 12);
            Assert.Equal(1, result.Metrics["abs_error_p50"], 12);
            Assert.Null(result.Calibration);
        }

        [Fact]
        public void Should_Leave_Zero_Outcomes_Out_Of_The_Mape()
        {
            // When: the outcome 0 would divide by zero
            var result = Regression().Evaluate(Observed([0, 2, 4], [1, 2, 3]));

            // Then: (0/2 + 1/4) / 2
            Assert.Equal(0.125, result.Metrics["mape"], 12);
        }

        [Fact]
        public void Should_Fail_An_Error_Above_Its_Maximum_And_Pass_One_Below()
        {
            // When: RMSE √(10/3) ≈ 1.83 and MAE 1.33
            var result = Regression(new ThresholdRule("rmse", null, 1.5), new ThresholdRule("mae", null, 2)).Evaluate(Observed([1, 2, 4], [2, 2, 1]));

            // Then
            Assert.False(result.Passed);
            Assert.False(result.Checks[0].Passed);
            Assert.True(result.Checks[1].Passed);
        }

        [Fact]
        public void Should_Measure_Calibration_And_Hold_Brier_And_Ece_To_Their_Maximum()
        {
            // Given: every bad scored 0.8 and every good 0.2: Brier 0.04, and each bin is off by 0.2
            var rows = Rows(100, perfect: true);

            // When
            var result = Evaluator(new ThresholdRule("brier", null, 0.05), new ThresholdRule("ece", null, 0.1)).Evaluate(rows);

            // Then
            Assert.Equal(0.04, result.Metrics["brier"], 12);
            Assert.Equal(0.2, result.Metrics["ece"], 12);
            Assert.Equal(result.Metrics["ece"], result.Calibration!.Ece);
            Assert.True(result.Checks[0].Passed);
            Assert.False(result.Checks[1].Passed);
        }
    }
}
