using CiCd.Configuration;
using CiCd.Train.Trainers;
using CiCd.Train.Trainers.Regression;

namespace CiCd.Core.Tests.Train.Trainers;

public sealed class LightGbmThreadsTests
{
    // A German credit fold: 640 rows of 20 feature columns.
    private const long SmallFold = 640 * 20;

    public static TheoryData<TrainerDefinition> LightGbmTrainers() =>
        [new LightGbm(TaskKind.Binary) { Threads = 4 }, new LightGbm(TaskKind.Multiclass) { Threads = 4 }, new LightGbmRegression { Threads = 4 }];

    public sealed class TheForMethod
    {
        [Fact]
        public void Should_Give_A_Table_Below_The_Minimum_One_Thread()
        {
            // When
            var threads = LightGbmThreads.For(LightGbmThreads.MinimumCells - 1, 4);

            // Then
            Assert.Equal(1, threads);
        }

        [Fact]
        public void Should_Give_A_Table_Of_The_Minimum_Every_Thread()
        {
            // When
            var threads = LightGbmThreads.For(LightGbmThreads.MinimumCells, 4);

            // Then
            Assert.Equal(4, threads);
        }
    }

    public sealed class TheForFoldMethod
    {
        [Theory]
        [MemberData(nameof(LightGbmTrainers), MemberType = typeof(LightGbmThreadsTests))]
        public void Should_Fit_A_Small_Fold_On_One_Thread(TrainerDefinition trainer)
        {
            // When
            var fit = trainer.ForFold(SmallFold);

            // Then
            Assert.Equal(1, fit.FitThreads);
            Assert.Equal(trainer.Task, fit.Task);
        }

        [Theory]
        [MemberData(nameof(LightGbmTrainers), MemberType = typeof(LightGbmThreadsTests))]
        public void Should_Fit_A_Large_Table_On_Every_Thread_It_Has(TrainerDefinition trainer)
        {
            // When
            var fit = trainer.ForFold(LightGbmThreads.MinimumCells * 10);

            // Then
            Assert.Equal(4, fit.FitThreads);
        }

        [Fact]
        public void Should_Leave_A_Single_Threaded_Trainer_As_It_Is()
        {
            // Given
            var trainer = new FastTree(TaskKind.Binary);

            // When
            var fit = trainer.ForFold(SmallFold);

            // Then
            Assert.Same(trainer, fit);
        }
    }
}
