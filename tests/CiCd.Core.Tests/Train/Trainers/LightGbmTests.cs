using System.Globalization;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Testing;
using CiCd.Train;
using CiCd.Train.Trainers;
using Microsoft.ML;

namespace CiCd.Core.Tests.Train.Trainers;

public sealed class LightGbmTests
{
    // Wide enough and long enough (leaves of more than 1,024 rows) that LightGBM would split its histograms and sums
    // across threads, the way Fashion-MNIST's 784 pixels do.
    private const int Rows = 5000;
    private const int Features = 60;

    private static readonly Dictionary<string, double> Setting = new()
    {
        ["number_of_iterations"] = 20,
        ["number_of_leaves"] = 15,
        ["learning_rate"] = 0.2,
    };

    private static Dataset WideData()
    {
        var config = new ConfigBuilder().Multiclass().Column("x", null).Column("colour", null);
        var names = Enumerable.Range(1, Features).Select(i => $"f{i}").ToArray();
        foreach (var name in names)
        {
            config.Column(name, "{ kind: numeric, range: [0, 100] }");
        }
        var csv = new CsvBuilder([.. names, "label"]);
        var random = new Random(11);
        for (var row = 0; row < Rows; row++)
        {
            var values = names.Select(_ => random.Next(10_000) / 100.0).ToArray();
            var score = values[0] + values[1] - values[2] + (random.NextDouble() * 60);
            var label = score < 60 ? "a" : score < 100 ? "b" : "c";
            csv.Row([.. values.Select(v => v.ToString(CultureInfo.InvariantCulture)), label]);
        }
        return DatasetLoader.Load(CsvReader.Parse("data.csv", csv.Build()), config.Parse().Dataset);
    }

    private static double[][] FitAndScore(LightGbm trainer, Dataset data)
    {
        var ml = new MLContext(seed: 1);
        var model = Featurizer.Create(ml, data.Config.Features).Append(trainer.Create(ml, Setting)).Fit(TableDataView.Of(data));
        return ModelScorer.Probabilities(model, data);
    }

    public sealed class TheThreadsProperty
    {
        [Fact]
        public void Should_Default_To_Every_Core_The_Process_May_Use()
        {
            // Given
            var trainer = new LightGbm(TaskKind.Multiclass);

            // When
            var threads = trainer.Threads;

            // Then
            Assert.Equal(Environment.ProcessorCount, threads);
        }
    }

    public sealed class TheCreateMethod
    {
        [Fact]
        public void Should_Train_The_Same_Model_On_One_Thread_As_On_Four()
        {
            // Given
            var data = WideData();

            // When
            var one = FitAndScore(new LightGbm(TaskKind.Multiclass) { Threads = 1 }, data);
            var four = FitAndScore(new LightGbm(TaskKind.Multiclass) { Threads = 4 }, data);

            // Then
            Assert.Equal(one.Length, four.Length);
            Assert.All(Enumerable.Range(0, one.Length), i => Assert.Equal(one[i], four[i]));
        }

        [Fact]
        public void Should_Train_The_Same_Model_Twice_On_Four_Threads()
        {
            // Given
            var data = WideData();

            // When
            var first = FitAndScore(new LightGbm(TaskKind.Multiclass) { Threads = 4 }, data);
            var second = FitAndScore(new LightGbm(TaskKind.Multiclass) { Threads = 4 }, data);

            // Then
            Assert.All(Enumerable.Range(0, first.Length), i => Assert.Equal(first[i], second[i]));
        }
    }
}
