using System.Globalization;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Metrics;
using CiCd.Testing;
using CiCd.Train;
using CiCd.Train.Trainers;
using CiCd.Train.Trainers.Regression;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CiCd.Core.Tests.Train.Regression;

/// <summary>The train stage on a numeric target: every regression trainer, the card, the predictions and the log1p round trip.</summary>
public sealed class RegressionTrainingTests
{
    private static (MlopsConfig Config, TrainingResult Result) Train(TempFolder folder, ConfigBuilder config)
    {
        CsvBuilder.TinyRegression(120).WriteTo(folder);
        var loaded = ConfigLoader.Load(config.WriteTo(folder));
        return (loaded, new TrainingEngine(loaded, new TrainingOptions(folder.PathOf("out"), folder.PathOf("cache"))).Run());
    }

    public static TheoryData<string> Trainers() => [.. TrainerCatalog.For(TaskKind.Regression).Select(t => t.Name)];

    public sealed class TheTrainerCatalog
    {
        [Fact]
        public void Should_Offer_The_Six_Regression_Trainers()
        {
            // Given
            var task = TaskKind.Regression;

            // When
            var names = TrainerCatalog.For(task).Select(t => t.Name);

            // Then
            Assert.Equal(["fast_tree", "fast_forest", "light_gbm", "sdca", "online_gradient_descent", "poisson"], names);
        }

        [Theory]
        [MemberData(nameof(Trainers), MemberType = typeof(RegressionTrainingTests))]
        public void Should_Cross_Validate_Each_Trainer_To_Finite_Metrics(string trainer)
        {
            // Given
            var config = new ConfigBuilder().Regression().Parse();
            var data = DatasetLoader.Load(CsvReader.Parse("data.csv", CsvBuilder.TinyRegression(80).Build()), config.Dataset);
            var folds = StratifiedSplit.Folds(data.Labels, 2, 1);
            var validator = new CrossValidator(data, folds, 2, 1, CostModel.From([], []));

            // When
            var result = validator.Evaluate(new CandidateSpec(trainer, new Dictionary<string, double>()));

            // Then
            Assert.All(result.Mean.Values, value => Assert.True(double.IsFinite(value), $"{trainer}: {value}"));
            Assert.All(result.OutOfFold, row => Assert.Single(row));
        }
    }

    public sealed class TheCrossValidator
    {
        [Theory]
        [MemberData(nameof(Trainers), MemberType = typeof(RegressionTrainingTests))]
        public void Should_Give_Identical_Predictions_When_Run_Twice_With_The_Same_Seed(string trainer)
        {
            // Given
            var config = new ConfigBuilder().Regression().Parse();
            var data = DatasetLoader.Load(CsvReader.Parse("data.csv", CsvBuilder.TinyRegression(60).Build()), config.Dataset);
            var folds = StratifiedSplit.Folds(data.Labels, 2, 1);
            var spec = new CandidateSpec(trainer, new Dictionary<string, double>());

            // When
            var first = new CrossValidator(data, folds, 2, 1, CostModel.From([], [])).Evaluate(spec).OutOfFold;
            var second = new CrossValidator(data, folds, 2, 1, CostModel.From([], [])).Evaluate(spec).OutOfFold;

            // Then
            Assert.Equal(first.Select(p => p[0]), second.Select(p => p[0]));
        }
    }

    public sealed class TheRunMethod
    {
        [Fact]
        public void Should_Write_A_Card_With_Regression_Metrics_And_The_Target_Distribution()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var (_, result) = Train(folder, new ConfigBuilder().Regression());
            var card = ModelCardFile.Read(result.CardPath);

            // Then
            Assert.Equal(TaskKind.Regression, card.Task);
            Assert.Empty(card.Classes);
            Assert.Equal(MetricCatalog.For(TaskKind.Regression).Order(StringComparer.Ordinal), card.Metrics.Keys.Order(StringComparer.Ordinal));
            Assert.True(card.Metrics[MetricNames.R2] > 0.9, $"r2 {card.Metrics[MetricNames.R2]}");
            Assert.Equal(card.Data.TrainRows, card.TargetDistribution!.Count);
            Assert.InRange(card.TargetDistribution.Median, card.TargetDistribution.Min, card.TargetDistribution.Max);
        }

        [Fact]
        public void Should_Show_The_Target_Distribution_Instead_Of_A_Confusion_Matrix_In_The_Markdown_Card()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var (_, result) = Train(folder, new ConfigBuilder().Regression());
            var markdown = File.ReadAllText(Path.Combine(result.OutputFolder, TrainingFiles.CardMarkdown));

            // Then
            Assert.Contains("## Target `label` (training split,", markdown, StringComparison.Ordinal);
            Assert.Contains("| median |", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("Confusion matrix", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Write_Actual_Predicted_And_Residual_For_Each_Test_Row()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var (_, result) = Train(folder, new ConfigBuilder().Regression());
            var predictions = CsvReader.Read(Path.Combine(result.OutputFolder, TrainingFiles.Predictions));

            // Then
            Assert.Equal(["line", "actual", "predicted", "residual"], predictions.Header);
            Assert.All(predictions.Rows, row => Assert.Equal(
                double.Parse(row.Values[2]!, CultureInfo.InvariantCulture) - double.Parse(row.Values[1]!, CultureInfo.InvariantCulture),
                double.Parse(row.Values[3]!, CultureInfo.InvariantCulture), 9));
        }

        [Fact]
        public void Should_Invert_A_Log1p_Target_On_Every_Prediction()
        {
            // Given
            using var folder = new TempFolder();
            var builder = new ConfigBuilder().Regression().Column("label", "{ kind: numeric, range: [0, 1000] }")
                .Training("target_transform", "log1p")
                .Candidates("- trainer: fast_tree", "  space:", "    number_of_trees: [20]", "    minimum_example_count_per_leaf: [2]");

            // When
            var (config, result) = Train(folder, builder);
            var predictions = CsvReader.Read(Path.Combine(result.OutputFolder, TrainingFiles.Predictions));
            var data = DatasetLoader.Load(config.Dataset);
            var lines = predictions.Rows.Select(r => int.Parse(r.Values[0]!, CultureInfo.InvariantCulture)).ToList();
            var test = data.Select(lines.Select(line => Array.IndexOf(data.Lines, line)).ToList());
            var ml = new MLContext(1);
            var raw = ml.Model.Load(result.ModelPath, out _).Transform(TableDataView.Of(test)).GetColumn<float>("Score").ToArray();

            // Then
            Assert.Equal(TargetTransform.Log1p, ModelCardFile.Read(result.CardPath).TargetTransform);
            Assert.Equal(raw.Select(score => Math.Exp(score) - 1), predictions.Rows.Select(r => double.Parse(r.Values[2]!, CultureInfo.InvariantCulture)));
            Assert.True(raw.Max() < Math.Log(1001), "the model learns log(1 + y), not y");
        }

        [Fact]
        public void Should_Keep_Every_Target_Bin_In_The_Test_Split()
        {
            // Given
            var config = new ConfigBuilder().Regression().Parse();
            var data = DatasetLoader.Load(CsvReader.Parse("data.csv", CsvBuilder.TinyRegression(200).Build()), config.Dataset);

            // When
            var (_, test) = StratifiedSplit.Holdout(data.Labels, 0.2, 1);

            // Then
            Assert.Equal(Enumerable.Repeat(4, 10), test.GroupBy(i => data.Labels[i]).OrderBy(g => g.Key).Select(g => g.Count()));
        }
    }
}
