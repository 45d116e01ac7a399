using CiCd.Configuration;
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
