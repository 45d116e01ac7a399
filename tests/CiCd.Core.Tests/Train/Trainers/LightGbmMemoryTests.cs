using System.Globalization;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Testing;
using CiCd.Train;
using CiCd.Train.Trainers;
using Microsoft.ML;

namespace CiCd.Core.Tests.Train.Trainers;

public sealed class LightGbmMemoryTests
{
    private static readonly Dictionary<string, double> Setting = new()
    {
        ["number_of_iterations"] = 10,
        ["number_of_leaves"] = 7,
        ["learning_rate"] = 0.2,
    };

    private static Dataset Data()
    {
        var config = new ConfigBuilder().Multiclass().Column("x", null).Column("colour", null);
        var names = Enumerable.Range(1, 8).Select(i => $"f{i}").ToArray();
        foreach (var name in names)
        {
            config.Column(name, "{ kind: numeric, range: [0, 100] }");
        }
        var csv = new CsvBuilder([.. names, "label"]);
        var random = new Random(5);
        for (var row = 0; row < 600; row++)
        {
            var values = names.Select(_ => random.Next(10_000) / 100.0).ToArray();
            var score = values[0] + values[1] - values[2] + (random.NextDouble() * 60);
            csv.Row([.. values.Select(v => v.ToString(CultureInfo.InvariantCulture)), score < 60 ? "a" : score < 100 ? "b" : "c"]);
        }
        return DatasetLoader.Load(CsvReader.Parse("data.csv", csv.Build()), config.Parse().Dataset);
    }

    // Fits featurizer and trainer as CrossValidator does; with a collect action, through LightGbmMemory.
    private static double[][] FitAndScore(TrainerDefinition trainer, Dataset data, Action? collect, long cells = LightGbmMemory.MinimumCells)
    {
        var ml = new MLContext(seed: 1);
        if (collect is not null)
        {
            LightGbmMemory.ReleaseBeforeBoosting(ml, cells, collect);
        }
        var model = Featurizer.Create(ml, data.Config.Features).Append(trainer.Create(ml, Setting)).Fit(TableDataView.Of(data));
        return ModelScorer.Probabilities(model, data);
    }

    public sealed class TheReleaseBeforeBoostingMethod
    {
        [Fact]
        public void Should_Collect_Once_When_A_LightGbm_Fit_Starts_Boosting()
        {
            // Given
            var collections = 0;

            // When
            FitAndScore(new LightGbm(TaskKind.Multiclass), Data(), () => collections++);

            // Then
            Assert.Equal(1, collections);
        }

        [Fact]
        public void Should_Not_Collect_When_The_Table_Is_Smaller_Than_The_Minimum()
        {
            // Given: a small search would pay a full collection per fit for a few megabytes
            var collections = 0;

            // When
            FitAndScore(new LightGbm(TaskKind.Multiclass), Data(), () => collections++, LightGbmMemory.MinimumCells - 1);

            // Then
            Assert.Equal(0, collections);
        }

        [Fact]
        public void Should_Not_Collect_For_Another_Trainer()
        {
            // Given
            var collections = 0;

            // When
            FitAndScore(TrainerCatalog.Find(TaskKind.Multiclass, "maximum_entropy")!, Data(), () => collections++);

            // Then
            Assert.Equal(0, collections);
        }

        [Fact]
        public void Should_Leave_The_Model_Bit_Identical()
        {
            // Given
            var data = Data();

            // When
            var without = FitAndScore(new LightGbm(TaskKind.Multiclass), data, null);
            var with = FitAndScore(new LightGbm(TaskKind.Multiclass), data, () => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true));

            // Then
            Assert.Equal(without.Length, with.Length);
            Assert.All(Enumerable.Range(0, without.Length), i => Assert.Equal(without[i], with[i]));
        }
    }
}
