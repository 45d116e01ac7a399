using CiCd.Data;
using CiCd.Metrics;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Core.Tests.Train;

public sealed class CrossValidatorTests
{
    private const int FoldCount = 3;

    private static CrossValidator Validator(out Dataset data)
    {
        var config = new ConfigBuilder().Parse();
        data = DatasetLoader.Load(CsvReader.Parse("data.csv", CsvBuilder.Tiny(60).Build()), config.Dataset);
        var folds = StratifiedSplit.Folds(data.Labels, FoldCount, seed: 1);
        return new CrossValidator(data, folds, FoldCount, seed: 1, CostModel.From(config.Dataset.Classes, []));
    }

    private static CandidateSpec LightGbm() => new("light_gbm", new Dictionary<string, double>
    {
        ["number_of_iterations"] = 20,
        ["minimum_example_count_per_leaf"] = 5,
    });

    public sealed class TheEvaluateMethod
    {
        [Fact]
        public void Should_Score_Every_Fold_And_Every_Row_Out_Of_Fold()
        {
            // Given
            var validator = Validator(out var data);

            // When
            var result = validator.Evaluate(new CandidateSpec("logistic_regression", new Dictionary<string, double>()));

            // Then
            Assert.Equal([0, 1, 2], result.Folds.Select(f => f.Fold));
            Assert.Equal(data.RowCount, result.OutOfFold.Length);
            Assert.All(result.OutOfFold, p => Assert.Equal(1.0, p[0] + p[1], 6));
        }

        [Fact]
        public void Should_Report_The_Mean_And_Sample_Standard_Deviation_Of_The_Folds()
        {
            // Given
            var validator = Validator(out _);

            // When
            var result = validator.Evaluate(new CandidateSpec("logistic_regression", new Dictionary<string, double>()));

            // Then
            var aucs = result.Folds.Select(f => f.Metrics[MetricNames.RocAuc]).ToList();
            var mean = aucs.Average();
            Assert.Equal(mean, result.Mean[MetricNames.RocAuc], 12);
            Assert.Equal(Math.Sqrt(aucs.Sum(a => (a - mean) * (a - mean)) / (aucs.Count - 1)), result.StandardDeviation[MetricNames.RocAuc], 12);
        }

        [Fact]
        public void Should_Call_Back_Once_Per_Fold()
        {
            // Given
            var validator = Validator(out _);
            var done = new List<int>();

            // When
            validator.Evaluate(new CandidateSpec("logistic_regression", new Dictionary<string, double>()), done.Add);

            // Then
            Assert.Equal([0, 1, 2], done);
        }

        [Fact]
        public void Should_Give_Identical_Out_Of_Fold_Probabilities_For_The_Same_Seed()
        {
            // Given
            var validator = Validator(out _);

            // When
            var first = validator.Evaluate(LightGbm());
            var second = Validator(out _).Evaluate(LightGbm());

            // Then
            Assert.Equal(first.OutOfFold.Select(p => p[1]), second.OutOfFold.Select(p => p[1]));
        }
    }

    public sealed class TheEvaluateFoldMethod
    {
        [Theory]
        [InlineData("light_gbm")]
        [InlineData("logistic_regression")]
        public void Should_Score_A_Fold_Bit_For_Bit_As_A_Model_Fitted_On_A_Copy_Of_Its_Training_Rows(string trainer)
        {
            // Given
            var validator = Validator(out var data);
            var folds = StratifiedSplit.Folds(data.Labels, FoldCount, seed: 1);
            var spec = trainer == "light_gbm" ? LightGbm() : new CandidateSpec(trainer, new Dictionary<string, double>());

            // When
            var unit = validator.EvaluateFold(spec, 1);

            // Then
            var trainRows = Enumerable.Range(0, data.RowCount).Where(r => folds[r] != 1).ToArray();
            var validRows = Enumerable.Range(0, data.RowCount).Where(r => folds[r] == 1).ToArray();
            var copied = validator.Fit(CiCd.Train.Trainers.TrainerCatalog.Find(data.Config.Task, trainer)!, spec, data.Select(trainRows));
            var expected = ModelScorer.Probabilities(copied, data.Select(validRows));
            Assert.Equal(expected.SelectMany(p => p).Select(BitConverter.DoubleToInt64Bits), unit.Probabilities.SelectMany(p => p).Select(BitConverter.DoubleToInt64Bits));
        }
    }
}
