using CiCd.Metrics;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Core.Tests.Metrics;

public sealed class RankingTests
{
    public sealed class TheRocAucMethod
    {
        [Fact]
        public void Should_Be_One_When_Every_Positive_Outscores_Every_Negative()
        {
            // Given
            int[] labels = [0, 0, 1, 1];
            double[] scores = [0.1, 0.2, 0.8, 0.9];

            // When
            var auc = Ranking.RocAuc(labels, scores);

            // Then
            Assert.Equal(1.0, auc);
        }

        [Fact]
        public void Should_Be_Zero_When_Every_Negative_Outscores_Every_Positive()
        {
            // Given
            int[] labels = [1, 1, 0, 0];
            double[] scores = [0.1, 0.2, 0.8, 0.9];

            // When
            var auc = Ranking.RocAuc(labels, scores);

            // Then
            Assert.Equal(0.0, auc);
        }

        [Fact]
        public void Should_Count_A_Tie_Between_Classes_As_Half()
        {
            // Given
            int[] labels = [0, 1];
            double[] scores = [0.5, 0.5];

            // When
            var auc = Ranking.RocAuc(labels, scores);

            // Then
            Assert.Equal(0.5, auc);
        }

        [Fact]
        public void Should_Equal_The_Mann_Whitney_Statistic_With_Ties()
        {
            // Given: positives 0.9, 0.4, 0.7 against negatives 0.4, 0.2, 0.6; wins 3 + (1 + ½) + 3 of 9 pairs.
            int[] labels = [1, 1, 0, 0, 1, 0];
            double[] scores = [0.9, 0.4, 0.4, 0.2, 0.7, 0.6];

            // When
            var auc = Ranking.RocAuc(labels, scores);

            // Then
            Assert.Equal(7.5 / 9, auc, 12);
        }

        [Fact]
        public void Should_Be_NaN_When_There_Is_Only_One_Class()
        {
            // Given
            int[] labels = [1, 1, 1];
            double[] scores = [0.1, 0.5, 0.9];

            // When
            var auc = Ranking.RocAuc(labels, scores);

            // Then
            Assert.True(double.IsNaN(auc));
        }

        [Property(MaxTest = 300)]
        public void Should_Lie_Between_Zero_And_One(bool[] positives, int[] scores)
        {
            // Given
            var (labels, values) = Sample(positives, scores);

            // When
            var auc = Ranking.RocAuc(labels, values);

            // Then
            Assert.True(double.IsNaN(auc) ? !HasBothClasses(labels) : auc is >= 0 and <= 1, $"AUC {auc}");
        }

        [Property(MaxTest = 300)]
        public void Should_Be_One_Minus_The_Auc_Of_The_Negated_Scores(bool[] positives, int[] scores)
        {
            // Given
            var (labels, values) = Sample(positives, scores);

            // When
            var auc = Ranking.RocAuc(labels, values);
            var negated = Ranking.RocAuc(labels, [.. values.Select(v => -v)]);

            // Then
            if (HasBothClasses(labels))
            {
                Assert.Equal(1 - auc, negated, 12);
            }
        }

        private static (int[] Labels, double[] Scores) Sample(bool[] positives, int[] scores)
        {
            var count = Math.Min(positives.Length, scores.Length);
            // Scores in a small range, so ties are common.
            return (positives.Take(count).Select(p => p ? 1 : 0).ToArray(), scores.Take(count).Select(s => (double)(s % 7)).ToArray());
        }

        private static bool HasBothClasses(int[] labels) => labels.Contains(0) && labels.Contains(1);
    }

    public sealed class TheAveragePrecisionMethod
    {
        [Fact]
        public void Should_Average_The_Precision_At_Each_Positive()
        {
            // Given: positives at ranks 1 and 3, precisions 1/1 and 2/3.
            int[] labels = [1, 0, 1, 0];
            double[] scores = [0.9, 0.8, 0.7, 0.1];

            // When
            var precision = Ranking.AveragePrecision(labels, scores);

            // Then
            Assert.Equal((1 + (2.0 / 3)) / 2, precision, 12);
        }

        [Fact]
        public void Should_Be_One_When_The_Positives_Come_First()
        {
            // Given
            int[] labels = [1, 1, 0];
            double[] scores = [0.9, 0.8, 0.1];

            // When
            var precision = Ranking.AveragePrecision(labels, scores);

            // Then
            Assert.Equal(1.0, precision);
        }

        [Fact]
        public void Should_Treat_Tied_Scores_As_One_Step()
        {
            // Given
            int[] labels = [1, 0];
            double[] scores = [0.5, 0.5];

            // When
            var precision = Ranking.AveragePrecision(labels, scores);

            // Then
            Assert.Equal(0.5, precision);
        }

        [Fact]
        public void Should_Be_NaN_Without_Positives()
        {
            // Given
            int[] labels = [0, 0];
            double[] scores = [0.5, 0.6];

            // When
            var precision = Ranking.AveragePrecision(labels, scores);

            // Then
            Assert.True(double.IsNaN(precision));
        }
    }

    public sealed class TheRocCurveMethod
    {
        [Fact]
        public void Should_Run_From_The_Origin_To_One_One()
        {
            // Given
            int[] labels = [1, 1, 0, 0, 1, 0];
            double[] scores = [0.9, 0.4, 0.4, 0.2, 0.7, 0.6];

            // When
            var curve = Ranking.RocCurve(labels, scores);

            // Then
            Assert.Equal((0.0, 0.0), (curve[0].X, curve[0].Y));
            Assert.Equal((1.0, 1.0), (curve[^1].X, curve[^1].Y));
        }

        [Fact]
        public void Should_Have_One_Point_Per_Distinct_Score_In_Descending_Order()
        {
            // Given
            int[] labels = [1, 1, 0, 0, 1, 0];
            double[] scores = [0.9, 0.4, 0.4, 0.2, 0.7, 0.6];

            // When
            var curve = Ranking.RocCurve(labels, scores);

            // Then
            Assert.Equal([double.PositiveInfinity, 0.9, 0.7, 0.6, 0.4, 0.2], curve.Select(p => p.Threshold));
            Assert.Equal(2.0 / 3, curve[4].X, 12);
            Assert.Equal(1.0, curve[4].Y);
        }

        [Fact]
        public void Should_Enclose_An_Area_Equal_To_The_Auc()
        {
            // Given
            int[] labels = [1, 1, 0, 0, 1, 0];
            double[] scores = [0.9, 0.4, 0.4, 0.2, 0.7, 0.6];

            // When
            var curve = Ranking.RocCurve(labels, scores);

            // Then
            var area = curve.Zip(curve.Skip(1)).Sum(pair => (pair.Second.X - pair.First.X) * (pair.Second.Y + pair.First.Y) / 2);
            Assert.Equal(Ranking.RocAuc(labels, scores), area, 12);
        }
    }
}
