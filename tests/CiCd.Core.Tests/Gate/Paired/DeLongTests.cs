using CiCd.Gate.Paired;

namespace CiCd.Core.Tests.Gate.Paired;

public sealed class DeLongTests
{
    public sealed class TheDifferenceMethod
    {
        [Fact]
        public void Should_Match_The_Placement_Variance_Worked_By_Hand()
        {
            // Given: AUC 1 against AUC 0.75; the placements' differences each have variance 0.125, so var = 0.125/2 + 0.125/2
            int[] labels = [1, 1, 0, 0];
            double[] first = [0.9, 0.8, 0.3, 0.1];
            double[] second = [0.9, 0.2, 0.3, 0.1];

            // When
            var (difference, lower, upper) = DeLong.Difference(labels, first, second);

            // Then
            var half = 1.959963984540054 * Math.Sqrt(0.125);
            Assert.Equal(0.25, difference, 12);
            Assert.Equal(0.25 - half, lower, 12);
            Assert.Equal(0.25 + half, upper, 12);
        }

        [Fact]
        public void Should_Give_A_Zero_Width_Interval_For_The_Same_Scores()
        {
            // Given
            var (labels, scores, _) = Noisy(200, 1);

            // When
            var (difference, lower, upper) = DeLong.Difference(labels, scores, scores);

            // Then
            Assert.Equal(0, difference, 12);
            Assert.Equal(0, upper - lower, 12);
        }

        [Fact]
        public void Should_Agree_With_The_Spread_Of_A_Paired_Bootstrap()
        {
            // Given: two correlated scorers of the same rows
            var (labels, first, second) = Noisy(400, 7);

            // When
            var (_, lower, upper) = DeLong.Difference(labels, first, second);
            var bootstrap = BootstrapStandardError(labels, first, second, 2000, 11);

            // Then: both estimate the standard error of the same difference, to within the bootstrap's own noise
            var delong = (upper - lower) / (2 * 1.959963984540054);
            Assert.InRange(delong / bootstrap, 0.85, 1.15);
        }

        [Fact]
        public void Should_Return_NaN_Without_Two_Rows_Of_Each_Class()
        {
            // When
            var (difference, _, _) = DeLong.Difference([1, 0, 0], [0.9, 0.1, 0.2], [0.8, 0.1, 0.3]);

            // Then
            Assert.True(double.IsNaN(difference));
        }

        private static (int[] Labels, double[] First, double[] Second) Noisy(int rows, int seed)
        {
            var random = new Random(seed);
            var labels = Enumerable.Range(0, rows).Select(_ => random.Next(2)).ToArray();
            var signal = labels.Select(l => l + random.NextDouble() * 1.5).ToArray();
            return (labels, signal.Select(s => s + random.NextDouble()).ToArray(), signal.Select(s => s + random.NextDouble() * 1.4).ToArray());
        }

        private static double BootstrapStandardError(int[] labels, double[] first, double[] second, int resamples, int seed)
        {
            var random = new Random(seed);
            var differences = new double[resamples];
            for (var r = 0; r < resamples; r++)
            {
                var rows = Enumerable.Range(0, labels.Length).Select(_ => random.Next(labels.Length)).ToArray();
                var l = rows.Select(i => labels[i]).ToArray();
                differences[r] = CiCd.Metrics.Ranking.RocAuc(l, rows.Select(i => first[i]).ToArray()) - CiCd.Metrics.Ranking.RocAuc(l, rows.Select(i => second[i]).ToArray());
            }
            var mean = differences.Average();
            return Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (resamples - 1));
        }
    }
}
