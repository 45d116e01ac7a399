using CiCd.Configuration;
using CiCd.Data;
using CiCd.Metrics;
using CiCd.Testing;
using CiCd.Train;
using CiCd.Train.Trainers;
using Microsoft.ML;

namespace CiCd.Core.Tests.Train.Trainers;

public sealed class TrainerDefinitionTests
{
    // Small settings so every trainer fits the tiny data in well under a second.
    private static readonly Dictionary<string, double> Fast = new(StringComparer.Ordinal)
    {
        ["number_of_trees"] = 10,
        ["number_of_iterations"] = 10,
        ["minimum_example_count_per_leaf"] = 2,
        ["number_of_leaves"] = 4,
    };

    // The classifiers; the regression trainers, which give a value rather than probabilities, are in RegressionTrainingTests.
    public static TheoryData<TaskKind, string> AllTrainers()
    {
        var data = new TheoryData<TaskKind, string>();
        foreach (var task in new[] { TaskKind.Binary, TaskKind.Multiclass })
        {
            foreach (var trainer in TrainerCatalog.For(task))
            {
                data.Add(task, trainer.Name);
            }
        }
        return data;
    }

    private static (ITransformer Model, Dataset Data) Fit(TaskKind task, string name)
    {
        var config = task == TaskKind.Binary ? new ConfigBuilder() : new ConfigBuilder().Multiclass();
        var csv = task == TaskKind.Binary ? CsvBuilder.Tiny(60) : CsvBuilder.TinyMulticlass(60);
        var data = DatasetLoader.Load(CsvReader.Parse("data.csv", csv.Build()), config.Parse().Dataset);
        var trainer = TrainerCatalog.Find(task, name)!;
        var values = Fast.Where(p => trainer.Parameters.Any(h => h.Name == p.Key)).ToDictionary(p => p.Key, p => p.Value);
        var validator = new CrossValidator(data, new int[data.RowCount], 1, 1, CostModel.From(data.Config.Classes, []));
        return (validator.Fit(trainer, new CandidateSpec(name, values), data), data);
    }

    public sealed class TheCreateMethod
    {
        [Theory]
        [MemberData(nameof(AllTrainers), MemberType = typeof(TrainerDefinitionTests))]
        public void Should_Train_A_Model_That_Gives_A_Probability_Per_Class(TaskKind task, string name)
        {
            // Given
            var (model, data) = Fit(task, name);

            // When
            var probabilities = ModelScorer.Probabilities(model, TableDataView.Of(data), task);

            // Then
            Assert.All(probabilities, p =>
            {
                Assert.Equal(data.Config.Classes.Count, p.Length);
                Assert.All(p, v => Assert.InRange(v, 0, 1));
                Assert.Equal(1.0, p.Sum(), 4);
            });
        }

        [Theory]
        [MemberData(nameof(AllTrainers), MemberType = typeof(TrainerDefinitionTests))]
        public void Should_Learn_Better_Than_Chance_On_Its_Training_Data(TaskKind task, string name)
        {
            // Given
            var (model, data) = Fit(task, name);

            // When
            var probabilities = ModelScorer.Probabilities(model, TableDataView.Of(data), task);

            // Then
            var accuracy = Evaluator.Evaluate(task, data.Config.Classes, data.Labels, probabilities, CostModel.From(data.Config.Classes, []), 0.5)
                .Metrics[MetricNames.Accuracy];
            Assert.True(accuracy > 0.75, $"{name}: training accuracy {accuracy}");
        }

        [Theory]
        [MemberData(nameof(AllTrainers), MemberType = typeof(TrainerDefinitionTests))]
        public void Should_Give_Identical_Probabilities_When_Fitted_Twice_With_The_Same_Seed(TaskKind task, string name)
        {
            // Given
            var (first, data) = Fit(task, name);

            // When
            var (second, _) = Fit(task, name);

            // Then
            Assert.Equal(
                ModelScorer.Probabilities(first, TableDataView.Of(data), task).SelectMany(p => p),
                ModelScorer.Probabilities(second, TableDataView.Of(data), task).SelectMany(p => p));
        }
    }
}
