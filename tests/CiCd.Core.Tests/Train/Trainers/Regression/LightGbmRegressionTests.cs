using CiCd.Data;
using CiCd.Metrics;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Core.Tests.Train.Trainers.Regression;

public sealed class LightGbmRegressionTests
{
    private static readonly Dictionary<string, double> Small = new()
    {
        ["number_of_iterations"] = 50,
        ["number_of_leaves"] = 4,
        ["minimum_example_count_per_leaf"] = 2,
    };

    private static double[] OutOfFold(Dictionary<string, double> extra)
    {
        var config = new ConfigBuilder().Regression().Parse();
        var data = DatasetLoader.Load(CsvReader.Parse("data.csv", CsvBuilder.TinyRegression(100).Build()), config.Dataset);
        var folds = StratifiedSplit.Folds(data.Labels, 2, 1);
        var values = new Dictionary<string, double>(Small);
        foreach (var (name, value) in extra)
        {
            values[name] = value;
        }
        var result = new CrossValidator(data, folds, 2, 1, CostModel.From([], [])).Evaluate(new CandidateSpec("light_gbm", values));
        return [.. result.OutOfFold.Select(p => p[0])];
    }

    public sealed class TheCreateMethod
    {
        [Fact]
        public void Should_Bag_The_Rows_When_A_Subsample_Frequency_Is_Set()
        {
            // Given
            var bagging = new Dictionary<string, double> { ["subsample_fraction"] = 0.5, ["subsample_frequency"] = 1 };

            // When
            var plain = OutOfFold([]);
            var bagged = OutOfFold(bagging);

            // Then
            Assert.NotEqual(plain, bagged);
        }

        [Fact]
        public void Should_Draw_The_Same_Bags_When_Run_Twice()
        {
            // Given
            var bagging = new Dictionary<string, double> { ["subsample_fraction"] = 0.5, ["subsample_frequency"] = 1, ["feature_fraction"] = 0.5 };

            // When
            var first = OutOfFold(bagging);
            var second = OutOfFold(bagging);

            // Then
            Assert.Equal(first, second);
        }

        [Fact]
        public void Should_Sample_The_Features_When_The_Feature_Fraction_Is_Below_One()
        {
            // Given
            var sampling = new Dictionary<string, double> { ["feature_fraction"] = 0.5 };

            // When
            var plain = OutOfFold([]);
            var sampled = OutOfFold(sampling);

            // Then
            Assert.NotEqual(plain, sampled);
        }

        [Fact]
        public void Should_Penalize_The_Leaf_Values_When_An_L1_Regularization_Is_Set()
        {
            // Given
            var penalty = new Dictionary<string, double> { ["l1_regularization"] = 50 };

            // When
            var plain = OutOfFold([]);
            var penalized = OutOfFold(penalty);

            // Then
            Assert.NotEqual(plain, penalized);
        }
    }
}
