using System.Globalization;
using CiCd.Data;
using CiCd.Metrics;
using CiCd.Testing;
using CiCd.Train;
using CiCd.Train.Trainers;
using CiCd.Train.Trainers.Regression;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

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

    // Wide and long enough (leaves of more than 1,024 rows) that LightGBM would split its histograms and sums across threads.
    private static Dataset WideData()
    {
        var config = new ConfigBuilder().Regression().Column("x", null).Column("colour", null);
        var names = Enumerable.Range(1, 40).Select(i => $"f{i}").ToArray();
        foreach (var name in names)
        {
            config.Column(name, "{ kind: numeric, range: [0, 100] }");
        }
        var csv = new CsvBuilder([.. names, "label"]);
        var random = new Random(5);
        for (var row = 0; row < 4000; row++)
        {
            var values = names.Select(_ => random.Next(10_000) / 100.0).ToArray();
            var label = Math.Round(values[0] + (2 * values[1]) - values[2] + (random.NextDouble() * 20), 3);
            csv.Row([.. values.Select(v => v.ToString(CultureInfo.InvariantCulture)), label.ToString(CultureInfo.InvariantCulture)]);
        }
        return DatasetLoader.Load(CsvReader.Parse("data.csv", csv.Build()), config.Parse().Dataset);
    }

    // A bagged setting like examples/cpu's, so the row and feature samples are drawn too.
    private static readonly Dictionary<string, double> Bagged = new()
    {
        ["number_of_iterations"] = 30,
        ["number_of_leaves"] = 15,
        ["learning_rate"] = 0.1,
        ["subsample_fraction"] = 0.7,
        ["subsample_frequency"] = 1,
        ["feature_fraction"] = 0.8,
    };

    private static double[] FitAndScore(IEstimator<ITransformer> estimator, Dataset data)
    {
        var ml = new MLContext(seed: 1);
        var model = Featurizer.Create(ml, data.Config.Features).Append(estimator).Fit(TableDataView.Of(data));
        return [.. ModelScorer.Probabilities(model, data).Select(p => p[0])];
    }

    public sealed class TheThreadsProperty
    {
        [Fact]
        public void Should_Default_To_Every_Core_The_Process_May_Use()
        {
            // When
            var trainer = new LightGbmRegression();

            // Then
            Assert.Equal(Environment.ProcessorCount, trainer.Threads);
            Assert.Equal(Environment.ProcessorCount, trainer.FitThreads);
        }

        [Fact]
        public void Should_Train_The_Same_Model_On_One_Thread_As_On_Four()
        {
            // Given
            var data = WideData();
            var ml = new MLContext(seed: 1);

            // When
            var one = FitAndScore(new LightGbmRegression { Threads = 1 }.Create(ml, Bagged), data);
            var four = FitAndScore(new LightGbmRegression { Threads = 4 }.Create(ml, Bagged), data);

            // Then
            Assert.Equal(one, four);
        }

        [Fact]
        public void Should_Train_The_Model_One_Thread_Trained_Before_The_Thread_Settings()
        {
            // Given: LightGBM on one thread with its own histogram choice, as this trainer was configured before
            var data = WideData();
            var ml = new MLContext(seed: 1);
            var before = ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
            {
                LabelColumnName = ColumnNames.Label,
                FeatureColumnName = ColumnNames.Features,
                NumberOfLeaves = 15,
                NumberOfIterations = 30,
                LearningRate = 0.1,
                MinimumExampleCountPerLeaf = 10,
                NumberOfThreads = 1,
                Seed = 1,
                Silent = true,
                Booster = new GradientBooster.Options { L2Regularization = 0, L1Regularization = 0, SubsampleFraction = 0.7, SubsampleFrequency = 1, FeatureFraction = 0.8 },
            });

            // When
            var now = FitAndScore(new LightGbmRegression { Threads = 4 }.Create(ml, Bagged), data);

            // Then
            Assert.Equal(FitAndScore(before, data), now);
        }
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
