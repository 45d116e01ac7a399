using System.Globalization;
using CiCd.Configuration;
using CiCd.Testing;
using CiCd.Train.Trainers;

namespace CiCd.Core.Tests.Train.Trainers;

public sealed class TrainerCatalogTests
{
    public static TheoryData<TaskKind, string> AllTrainers()
    {
        var data = new TheoryData<TaskKind, string>();
        foreach (var task in Enum.GetValues<TaskKind>())
        {
            foreach (var trainer in TrainerCatalog.For(task))
            {
                data.Add(task, trainer.Name);
            }
        }
        return data;
    }

    public sealed class TheForMethod
    {
        [Fact]
        public void Should_Offer_At_Least_Four_Binary_Trainers()
        {
            // Given
            const TaskKind task = TaskKind.Binary;

            // When
            var names = TrainerCatalog.For(task).Select(t => t.Name);

            // Then
            Assert.Superset(new HashSet<string> { "logistic_regression", "fast_tree", "fast_forest", "light_gbm" }, names.ToHashSet());
        }

        [Fact]
        public void Should_Offer_At_Least_Three_Multiclass_Trainers()
        {
            // Given
            const TaskKind task = TaskKind.Multiclass;

            // When
            var names = TrainerCatalog.For(task).Select(t => t.Name).ToList();

            // Then
            Assert.True(names.Count >= 3, string.Join(", ", names));
            Assert.Equal(names.Count, names.Distinct().Count());
        }

        [Theory]
        [MemberData(nameof(AllTrainers), MemberType = typeof(TrainerCatalogTests))]
        public void Should_Give_Every_Hyperparameter_A_Default_Within_Its_Bounds(TaskKind task, string name)
        {
            // Given
            var trainer = TrainerCatalog.Find(task, name)!;

            // When
            var problems = trainer.Parameters.Select(p => (p.Name, Problem: p.Problem(p.Default))).Where(p => p.Problem is not null);

            // Then
            Assert.Empty(problems);
        }

        [Theory]
        [MemberData(nameof(AllTrainers), MemberType = typeof(TrainerCatalogTests))]
        public void Should_Document_Every_Hyperparameter_With_Its_Default_And_Bounds_In_The_Config_Reference(TaskKind task, string name)
        {
            // Given: the trainer's row of docs/config.md ("both" stands for the two classification tasks)
            var trainer = TrainerCatalog.Find(task, name)!;
            var tasks = task == TaskKind.Regression ? new[] { "regression" } : [task.ToString().ToLowerInvariant(), "both"];
            var row = File.ReadLines(RepositoryRoot.PathOf("docs/config.md"))
                .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
                .FirstOrDefault(cells => cells.Length > 3 && tasks.Contains(cells[1]) && cells[2] == $"`{name}`");

            // When
            var missing = trainer.Parameters.Select(Documented).Where(text => row is null || !row[3].Contains(text, StringComparison.Ordinal));

            // Then
            Assert.Empty(missing);
        }

        private static string Documented(HyperParameter p) =>
            string.Create(CultureInfo.InvariantCulture, $"`{p.Name}`{(p.IsInteger ? "*" : "")} {p.Default:0.##########} [{p.Min:0.##########}, {p.Max:0.##########}]");
    }

    public sealed class TheFindMethod
    {
        [Fact]
        public void Should_Find_The_Trainer_Of_The_Task()
        {
            // Given
            const string name = "light_gbm";

            // When
            var binary = TrainerCatalog.Find(TaskKind.Binary, name);
            var multiclass = TrainerCatalog.Find(TaskKind.Multiclass, name);

            // Then
            Assert.Equal(TaskKind.Binary, Assert.IsType<LightGbm>(binary).Task);
            Assert.Equal(TaskKind.Multiclass, Assert.IsType<LightGbm>(multiclass).Task);
        }

        [Fact]
        public void Should_Return_Null_For_A_Trainer_Of_Another_Task()
        {
            // Given
            const string name = "maximum_entropy";

            // When
            var trainer = TrainerCatalog.Find(TaskKind.Binary, name);

            // Then
            Assert.Null(trainer);
        }
    }
}
