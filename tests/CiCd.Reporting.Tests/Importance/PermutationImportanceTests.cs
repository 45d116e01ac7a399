using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Reporting.Importance;
using CiCd.Reporting.Tests.Fixtures;
using CiCd.Testing.Workspace;
using CiCd.Train;
using Microsoft.ML;

namespace CiCd.Reporting.Tests.Importance;

public static class PermutationImportanceTests
{
    [Collection(SharedWorkspace.Name)]
    public sealed class TheMeasureMethod(TrainedWorkspace workspace)
    {
        [Fact]
        public void Should_Rank_The_Features_That_Drive_The_Label_Above_Noise()
        {
            // Given
            var importance = Create();
            var test = Test();

            // When
            var result = importance.Measure(test, repeats: 3, seed: 5);

            // Then
            var byName = result.Features.ToDictionary(f => f.Feature);
            Assert.True(byName["debt"].MeanDrop > byName["noise"].MeanDrop + byName["noise"].Spread, "debt should matter more than noise");
            Assert.True(byName["income"].MeanDrop > byName["noise"].MeanDrop + byName["noise"].Spread, "income should matter more than noise");
            Assert.Equal(["debt", "income"], result.Features.Take(2).Select(f => f.Feature).Order());
        }

        [Fact]
        public void Should_Score_The_Unshuffled_Test_Split_As_Training_Did()
        {
            // Given
            var importance = Create();
            var test = Test();

            // When
            var result = importance.Measure(test, repeats: 1, seed: 5);

            // Then
            Assert.Equal(workspace.Card.Metrics["roc_auc"], result.Baseline, precision: 6);
            Assert.Equal(workspace.Card.Data.TestRows, result.Rows);
        }

        [Fact]
        public void Should_Give_The_Same_Result_For_The_Same_Seed()
        {
            // Given
            var importance = Create();
            var test = Test();

            // When
            var first = importance.Measure(test, repeats: 2, seed: 9);
            var second = importance.Measure(test, repeats: 2, seed: 9);

            // Then
            Assert.Equal(first.Features.Select(f => f.Drops), second.Features.Select(f => f.Drops));
        }

        private PermutationImportance Create()
        {
            var ml = new MLContext(1);
            using var stream = File.OpenRead(Path.Combine(workspace.TrainFolder, TrainingFiles.Model));
            var model = ml.Model.Load(stream, out _);
            var config = ConfigLoader.Load(workspace.ConfigPath);
            return new PermutationImportance(model, workspace.Card, CostModel.From(workspace.Card.Classes, config.Training.CostMatrix));
        }

        private Data.Dataset Test() => TestSplitSource.Rebuild(ConfigLoader.Load(workspace.ConfigPath), workspace.Card).Test!;
    }

    public sealed class TheFeatureSeedMethod
    {
        [Fact]
        public void Should_Not_Depend_On_The_Process()
        {
            // Given
            const int Seed = 42;

            // When
            var seeds = Enumerable.Range(0, 3).Select(i => PermutationImportance.FeatureSeed(Seed, i));

            // Then
            Assert.Equal([42_000_126, 42_000_127, 42_000_128], seeds);
        }
    }
}
