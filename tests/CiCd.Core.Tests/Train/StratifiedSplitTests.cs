using CiCd.Train;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Core.Tests.Train;

public sealed class StratifiedSplitTests
{
    // 70 of class 0 and 30 of class 1, interleaved the way a file might hold them.
    private static readonly int[] Labels = [.. Enumerable.Range(0, 100).Select(i => i % 10 < 3 ? 1 : 0)];

    private static int Count(int[] rows, int label) => rows.Count(r => Labels[r] == label);

    public sealed class TheHoldoutMethod
    {
        [Fact]
        public void Should_Keep_The_Class_Shares_In_The_Test_Part()
        {
            // Given
            const double testFraction = 0.2;

            // When
            var (_, test) = StratifiedSplit.Holdout(Labels, testFraction, seed: 42);

            // Then
            Assert.Equal((14, 6), (Count(test, 0), Count(test, 1)));
        }

        [Fact]
        public void Should_Keep_The_Class_Shares_In_The_Training_Part()
        {
            // Given
            const double testFraction = 0.2;

            // When
            var (train, _) = StratifiedSplit.Holdout(Labels, testFraction, seed: 42);

            // Then
            Assert.Equal((56, 24), (Count(train, 0), Count(train, 1)));
        }

        [Fact]
        public void Should_Give_The_Same_Split_For_The_Same_Seed()
        {
            // Given
            var first = StratifiedSplit.Holdout(Labels, 0.2, seed: 7);

            // When
            var second = StratifiedSplit.Holdout(Labels, 0.2, seed: 7);

            // Then
            Assert.Equal(first.Test, second.Test);
            Assert.Equal(first.Train, second.Train);
        }

        [Fact]
        public void Should_Give_Another_Split_For_Another_Seed()
        {
            // Given
            var first = StratifiedSplit.Holdout(Labels, 0.2, seed: 7);

            // When
            var second = StratifiedSplit.Holdout(Labels, 0.2, seed: 8);

            // Then
            Assert.NotEqual(first.Test, second.Test);
        }

        [Fact]
        public void Should_Return_Rows_In_Ascending_Order()
        {
            // Given
            const int seed = 3;

            // When
            var (train, test) = StratifiedSplit.Holdout(Labels, 0.3, seed);

            // Then
            Assert.Equal(train.Order(), train);
            Assert.Equal(test.Order(), test);
        }

        [Property(MaxTest = 200)]
        public void Should_Put_Every_Row_In_Exactly_One_Part(int[] classes, PositiveInt percent, int seed)
        {
            // Given
            var labels = classes.Select(c => Math.Abs(c % 4)).ToArray();
            var fraction = (percent.Get % 89 + 1) / 100.0;

            // When
            var (train, test) = StratifiedSplit.Holdout(labels, fraction, seed);

            // Then
            Assert.Equal(Enumerable.Range(0, labels.Length), train.Concat(test).Order());
        }
    }

    public sealed class TheFoldsMethod
    {
        [Fact]
        public void Should_Keep_The_Class_Shares_In_Every_Fold()
        {
            // Given
            const int folds = 5;

            // When
            var assignment = StratifiedSplit.Folds(Labels, folds, seed: 42);

            // Then
            for (var fold = 0; fold < folds; fold++)
            {
                var rows = Enumerable.Range(0, Labels.Length).Where(r => assignment[r] == fold).ToArray();
                Assert.Equal((14, 6), (Count(rows, 0), Count(rows, 1)));
            }
        }

        [Fact]
        public void Should_Give_The_Same_Folds_For_The_Same_Seed()
        {
            // Given
            var first = StratifiedSplit.Folds(Labels, 5, seed: 1);

            // When
            var second = StratifiedSplit.Folds(Labels, 5, seed: 1);

            // Then
            Assert.Equal(first, second);
        }

        [Fact]
        public void Should_Give_Other_Folds_For_Another_Seed()
        {
            // Given
            var first = StratifiedSplit.Folds(Labels, 5, seed: 1);

            // When
            var second = StratifiedSplit.Folds(Labels, 5, seed: 2);

            // Then
            Assert.NotEqual(first, second);
        }

        [Fact]
        public void Should_Spread_A_Rare_Class_Over_Different_Folds()
        {
            // Given: three rows of class 1 among many.
            int[] labels = [.. Enumerable.Repeat(0, 20), 1, 1, 1];

            // When
            var assignment = StratifiedSplit.Folds(labels, 3, seed: 5);

            // Then
            Assert.Equal([0, 1, 2], assignment[20..].Order());
        }

        [Property(MaxTest = 200)]
        public void Should_Assign_Every_Row_A_Fold_In_Range_With_Balanced_Sizes_Per_Class(int[] classes, PositiveInt folds, int seed)
        {
            // Given
            var labels = classes.Select(c => Math.Abs(c % 3)).ToArray();
            var k = (folds.Get % 19) + 2;

            // When
            var assignment = StratifiedSplit.Folds(labels, k, seed);

            // Then
            Assert.Equal(labels.Length, assignment.Length);
            Assert.All(assignment, f => Assert.InRange(f, 0, k - 1));
            foreach (var label in labels.Distinct())
            {
                var sizes = Enumerable.Range(0, k).Select(f => Enumerable.Range(0, labels.Length).Count(r => labels[r] == label && assignment[r] == f)).ToList();
                Assert.InRange(sizes.Max() - sizes.Min(), 0, 1);
            }
        }
    }
}
