using CiCd.Configuration;
using CiCd.Data;
using CiCd.Metrics;
using CiCd.Testing;
using CiCd.Train;
using CiCd.Train.Trainers;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace CiCd.Core.Tests.Train.Trainers;

public sealed class OutOfFoldCalibrationTests
{
    private const int Seed = 1;

    private static Dataset Rows(int seed)
    {
        var config = new ConfigBuilder().Parse();
        return DatasetLoader.Load(CsvReader.Parse("data.csv", CsvBuilder.Tiny(300, seed).Build()), config.Dataset);
    }

    // Deep trees on few rows per leaf: the forest nearly memorizes its training rows.
    private static FastForestBinaryTrainer Forest(MLContext ml) =>
        ml.BinaryClassification.Trainers.FastForest(new FastForestBinaryTrainer.Options
        {
            LabelColumnName = ColumnNames.Label,
            FeatureColumnName = ColumnNames.Features,
            NumberOfTrees = 50,
            NumberOfLeaves = 32,
            MinimumExampleCountPerLeaf = 2,
            NumberOfThreads = 1,
        });

    private static TransformerChain<ITransformer> Fit(Dataset train, Func<MLContext, IEstimator<ITransformer>> model)
    {
        var ml = new MLContext(Seed);
        return Featurizer.Create(ml, train.Config.Features).Append(model(ml)).Fit(TableDataView.Of(train));
    }

    private static double LogLoss(ITransformer model, Dataset test) =>
        Evaluator.LogLoss(test.Labels, ModelScorer.Probabilities(model, TableDataView.Of(test), TaskKind.Binary));

    public sealed class TheConstructor
    {
        [Theory]
        [InlineData(1)]
        [InlineData(0)]
        public void Should_Reject_Fewer_Than_Two_Folds(int folds)
        {
            // Given
            var ml = new MLContext(Seed);

            // When
            var error = Record.Exception(() => new OutOfFoldCalibration(ml, Forest(ml), folds));

            // Then
            Assert.Equal("folds", Assert.IsType<ArgumentOutOfRangeException>(error).ParamName);
        }
    }

    public sealed class TheFitMethod
    {
        [Fact]
        public void Should_Give_A_Lower_Held_Out_Log_Loss_Than_A_Calibrator_Fitted_In_Sample_When_The_Scorer_Memorizes()
        {
            // Given
            var (train, test) = (Rows(seed: 3), Rows(seed: 4));

            // When
            var inSample = Fit(train, ml => Forest(ml).Append(ml.BinaryClassification.Calibrators.Platt(labelColumnName: ColumnNames.Label)));
            var outOfFold = Fit(train, ml => new OutOfFoldCalibration(ml, Forest(ml), 5));

            // Then
            var (before, after) = (LogLoss(inSample, test), LogLoss(outOfFold, test));
            Assert.True(after < before, $"held-out log-loss {after:F4} out of fold, {before:F4} in sample");
        }

        [Fact]
        public void Should_Rank_Rows_As_The_Uncalibrated_Scorer_Does()
        {
            // Given
            var (train, test) = (Rows(seed: 3), Rows(seed: 4));
            var uncalibrated = Fit(train, Forest);

            // When
            var calibrated = Fit(train, ml => new OutOfFoldCalibration(ml, Forest(ml), 5));

            // Then
            var scores = uncalibrated.Transform(TableDataView.Of(test)).GetColumn<float>(ColumnNames.Score).ToArray();
            var probabilities = ModelScorer.Probabilities(calibrated, TableDataView.Of(test), TaskKind.Binary).Select(p => p[1]).ToArray();
            var order = Enumerable.Range(0, scores.Length).OrderBy(i => scores[i]).ToArray();
            Assert.All(order.Zip(order.Skip(1)), pair => Assert.True(probabilities[pair.First] <= probabilities[pair.Second],
                $"score {scores[pair.First]} → {probabilities[pair.First]}, score {scores[pair.Second]} → {probabilities[pair.Second]}"));
        }

        [Fact]
        public void Should_Give_The_Same_Probabilities_After_Save_And_Load()
        {
            // Given
            var (train, test) = (Rows(seed: 3), Rows(seed: 4));
            var model = Fit(train, ml => new OutOfFoldCalibration(ml, Forest(ml), 5));
            var ml = new MLContext(Seed);
            using var stream = new MemoryStream();
            ml.Model.Save(model, TableDataView.Of(train).Schema, stream);
            stream.Position = 0;

            // When
            var loaded = ml.Model.Load(stream, out _);

            // Then
            Assert.Equal(
                ModelScorer.Probabilities(model, TableDataView.Of(test), TaskKind.Binary).SelectMany(p => p),
                ModelScorer.Probabilities(loaded, TableDataView.Of(test), TaskKind.Binary).SelectMany(p => p));
        }
    }
}
