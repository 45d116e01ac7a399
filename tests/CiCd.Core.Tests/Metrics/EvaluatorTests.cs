using CiCd.Configuration;
using CiCd.Metrics;

namespace CiCd.Core.Tests.Metrics;

public sealed class EvaluatorTests
{
    private static readonly string[] Binary = ["good", "bad"];
    private static readonly string[] ThreeClasses = ["a", "b", "c"];

    // Six applicants: at threshold 0.5 the decisions are good, bad, bad, good, bad, good,
    // so one good applicant is refused (row 1) and one bad applicant is accepted (row 3).
    private static readonly int[] Labels = [0, 0, 1, 1, 1, 0];
    private static readonly double[][] Probabilities = [.. new[] { 0.1, 0.6, 0.8, 0.4, 0.9, 0.2 }.Select(p => new[] { 1 - p, p })];

    private static readonly CostModel CreditCosts =
        CostModel.From(Binary, [new CostEntry("bad", "good", 5), new CostEntry("good", "bad", 1)]);

    private static Evaluation EvaluateBinary(CostModel? costs = null, double threshold = 0.5) =>
        Evaluator.Evaluate(TaskKind.Binary, Binary, Labels, Probabilities, costs ?? CostModel.From(Binary, []), threshold);

    public sealed class TheEvaluateMethod
    {
        [Fact]
        public void Should_Count_The_Confusion_Matrix_At_The_Threshold()
        {
            // Given
            var costs = CostModel.From(Binary, []);

            // When
            var evaluation = EvaluateBinary(costs);

            // Then
            Assert.Equal([[2, 1], [1, 2]], evaluation.Confusion.Counts);
        }

        [Fact]
        public void Should_Decide_Positive_At_Exactly_The_Threshold()
        {
            // Given
            const double threshold = 0.6;

            // When
            var evaluation = EvaluateBinary(threshold: threshold);

            // Then
            Assert.Equal([[2, 1], [1, 2]], evaluation.Confusion.Counts);
            Assert.Equal(threshold, evaluation.Threshold);
        }

        [Fact]
        public void Should_Compute_Accuracy_Precision_Recall_And_F1_Of_The_Positive_Class()
        {
            // Given
            var costs = CostModel.From(Binary, []);

            // When
            var metrics = EvaluateBinary(costs).Metrics;

            // Then
            Assert.Equal(4.0 / 6, metrics[MetricNames.Accuracy], 12);
            Assert.Equal(2.0 / 3, metrics[MetricNames.Precision], 12);
            Assert.Equal(2.0 / 3, metrics[MetricNames.Recall], 12);
            Assert.Equal(2.0 / 3, metrics[MetricNames.F1], 12);
        }

        [Fact]
        public void Should_Compute_The_Roc_Auc_And_Average_Precision_From_The_Positive_Probabilities()
        {
            // Given: positives 0.8, 0.4, 0.9 against negatives 0.1, 0.6, 0.2 win 3 + 2 + 3 of 9 pairs.
            var costs = CostModel.From(Binary, []);

            // When
            var metrics = EvaluateBinary(costs).Metrics;

            // Then
            Assert.Equal(8.0 / 9, metrics[MetricNames.RocAuc], 12);
            Assert.Equal((1 + 1 + (3.0 / 4)) / 3, metrics[MetricNames.PrAuc], 12);
        }

        [Fact]
        public void Should_Compute_The_Log_Loss_With_The_Natural_Log()
        {
            // Given
            int[] labels = [1, 0];
            double[][] probabilities = [[0.2, 0.8], [0.6, 0.4]];

            // When
            var evaluation = Evaluator.Evaluate(TaskKind.Binary, Binary, labels, probabilities, CostModel.From(Binary, []), 0.5);

            // Then
            Assert.Equal(-(Math.Log(0.8) + Math.Log(0.6)) / 2, evaluation.Metrics[MetricNames.LogLoss], 12);
        }

        [Fact]
        public void Should_Floor_A_Zero_Probability_In_The_Log_Loss()
        {
            // Given
            int[] labels = [1];
            double[][] probabilities = [[1, 0]];

            // When
            var logLoss = Evaluator.LogLoss(labels, probabilities);

            // Then
            Assert.Equal(-Math.Log(1e-15), logLoss, 9);
        }

        [Fact]
        public void Should_Average_The_Cost_Matrix_Over_The_Rows()
        {
            // Given: one bad applicant accepted (5) and one good applicant refused (1) among six.
            var costs = CreditCosts;

            // When
            var metrics = EvaluateBinary(costs).Metrics;

            // Then
            Assert.Equal(6.0 / 6, metrics[MetricNames.ExpectedCost], 12);
        }

        [Fact]
        public void Should_Use_The_Error_Rate_As_Expected_Cost_Without_A_Cost_Matrix()
        {
            // Given
            var costs = CostModel.From(Binary, []);

            // When
            var metrics = EvaluateBinary(costs).Metrics;

            // Then
            Assert.Equal(2.0 / 6, metrics[MetricNames.ExpectedCost], 12);
        }

        [Fact]
        public void Should_Produce_Exactly_The_Binary_Metrics_Of_The_Catalog()
        {
            // Given
            var costs = CreditCosts;

            // When
            var metrics = EvaluateBinary(costs).Metrics;

            // Then
            Assert.Equal(MetricCatalog.For(TaskKind.Binary).Order(), metrics.Keys.Order());
        }

        [Fact]
        public void Should_Compute_The_Macro_F1_For_Three_Classes()
        {
            // Given: predictions a, b, b, b, c, a; F1 per class 1/2, 4/5 and 2/3.
            int[] labels = [0, 0, 1, 1, 2, 2];
            double[][] probabilities = [[.8, .1, .1], [.2, .7, .1], [.1, .8, .1], [.3, .6, .1], [.1, .1, .8], [.5, .2, .3]];

            // When
            var evaluation = Evaluator.Evaluate(TaskKind.Multiclass, ThreeClasses, labels, probabilities, CostModel.From(ThreeClasses, []), 0.5);

            // Then
            Assert.Equal(((1.0 / 2) + (4.0 / 5) + (2.0 / 3)) / 3, evaluation.Metrics[MetricNames.MacroF1], 12);
            Assert.Equal(4.0 / 6, evaluation.Metrics[MetricNames.Accuracy], 12);
            Assert.Equal([[1, 1, 0], [0, 2, 0], [1, 0, 1]], evaluation.Confusion.Counts);
        }

        [Fact]
        public void Should_Report_Per_Class_Scores_And_Support()
        {
            // Given
            int[] labels = [0, 0, 1, 1, 2, 2];
            double[][] probabilities = [[.8, .1, .1], [.2, .7, .1], [.1, .8, .1], [.3, .6, .1], [.1, .1, .8], [.5, .2, .3]];

            // When
            var perClass = Evaluator.Evaluate(TaskKind.Multiclass, ThreeClasses, labels, probabilities, CostModel.From(ThreeClasses, []), 0.5).PerClass;

            // Then
            var b = perClass[1];
            Assert.Equal("b", b.Class);
            Assert.Equal(2.0 / 3, b.Precision, 12);
            Assert.Equal(1.0, b.Recall, 12);
            Assert.Equal(0.8, b.F1, 12);
            Assert.Equal([2, 2, 2], perClass.Select(s => s.Support));
        }

        [Fact]
        public void Should_Produce_Exactly_The_Multiclass_Metrics_Of_The_Catalog()
        {
            // Given
            int[] labels = [0, 1, 2];
            double[][] probabilities = [[.8, .1, .1], [.2, .7, .1], [.1, .1, .8]];

            // When
            var evaluation = Evaluator.Evaluate(TaskKind.Multiclass, ThreeClasses, labels, probabilities, CostModel.From(ThreeClasses, []), 0.5);

            // Then
            Assert.Equal(MetricCatalog.For(TaskKind.Multiclass).Order(), evaluation.Metrics.Keys.Order());
            Assert.Empty(evaluation.Roc);
        }

        [Fact]
        public void Should_Score_A_Class_Never_Predicted_With_Zero_Precision()
        {
            // Given
            int[] labels = [0, 1, 2];
            double[][] probabilities = [[.8, .1, .1], [.7, .2, .1], [.1, .1, .8]];

            // When
            var perClass = Evaluator.Evaluate(TaskKind.Multiclass, ThreeClasses, labels, probabilities, CostModel.From(ThreeClasses, []), 0.5).PerClass;

            // Then
            Assert.Equal((0.0, 0.0, 0.0), (perClass[1].Precision, perClass[1].Recall, perClass[1].F1));
        }
    }
}
