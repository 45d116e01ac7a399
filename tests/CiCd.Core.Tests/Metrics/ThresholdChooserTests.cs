using CiCd.Configuration;
using CiCd.Metrics;

namespace CiCd.Core.Tests.Metrics;

public sealed class ThresholdChooserTests
{
    private static readonly string[] Classes = ["good", "bad"];
    private static readonly CostModel EqualCosts = CostModel.From(Classes, []);
    private static readonly CostModel CreditCosts = CostModel.From(Classes, [new CostEntry("bad", "good", 5), new CostEntry("good", "bad", 1)]);

    public sealed class TheChooseMethod
    {
        [Fact]
        public void Should_Pick_The_Threshold_With_The_Lowest_Mean_Cost()
        {
            // Given: at 0.6 both classes are separated; at the Bayes threshold 0.5 one good row is refused.
            int[] labels = [0, 0, 1, 1];
            double[] probabilities = [0.3, 0.5, 0.6, 0.8];

            // When
            var threshold = ThresholdChooser.Choose(labels, probabilities, EqualCosts);

            // Then
            Assert.Equal(0.6, threshold);
        }

        [Fact]
        public void Should_Keep_The_Bayes_Threshold_When_It_Is_Among_The_Cheapest()
        {
            // Given: 1/6 and 0.9 both separate the rows perfectly.
            int[] labels = [0, 1];
            double[] probabilities = [0.1, 0.9];

            // When
            var threshold = ThresholdChooser.Choose(labels, probabilities, CreditCosts);

            // Then
            Assert.Equal(1.0 / 6, threshold, 12);
        }

        [Fact]
        public void Should_Break_Ties_Towards_The_Bayes_Threshold()
        {
            // Given: 0.4 and 0.7 each cost one error in four; 0.4 is nearer the Bayes threshold 0.5.
            int[] labels = [0, 1, 0, 1];
            double[] probabilities = [0.3, 0.4, 0.6, 0.7];

            // When
            var threshold = ThresholdChooser.Choose(labels, probabilities, EqualCosts);

            // Then
            Assert.Equal(0.4, threshold);
        }

        [Fact]
        public void Should_Flag_Nobody_When_Every_Row_Is_Negative()
        {
            // Given
            int[] labels = [0, 0, 0];
            double[] probabilities = [0.5, 0.7, 0.2];

            // When
            var threshold = ThresholdChooser.Choose(labels, probabilities, CreditCosts);

            // Then
            Assert.True(threshold > 0.7, $"threshold {threshold}");
        }

        [Fact]
        public void Should_Lower_The_Threshold_When_Missing_A_Positive_Costs_More()
        {
            // Given: at 0.5 the bad row at 0.3 is accepted (cost 5); at 0.3 one good row is refused (cost 1).
            int[] labels = [0, 0, 1, 1];
            double[] probabilities = [0.1, 0.35, 0.3, 0.9];

            // When
            var threshold = ThresholdChooser.Choose(labels, probabilities, CreditCosts);

            // Then
            Assert.True(threshold is > 0.1 and <= 0.3, $"threshold {threshold}");
        }

        [Fact]
        public void Should_Choose_What_Costing_Every_Row_At_Every_Threshold_Chooses()
        {
            // Given: seeded cases with ties (probabilities rounded to 1-3 digits) and costs that are not whole numbers.
            var random = new Random(17);
            for (var trial = 0; trial < 200; trial++)
            {
                var rows = random.Next(1, 400);
                var digits = random.Next(1, 4);
                var labels = Enumerable.Range(0, rows).Select(_ => random.Next(2)).ToArray();
                var probabilities = labels.Select(l => Math.Round(Math.Clamp((0.3 * l) + (0.7 * random.NextDouble()), 0, 1), digits)).ToArray();
                var costs = CostModel.From(Classes, [new CostEntry("bad", "good", Math.Round(0.5 + (5 * random.NextDouble()), 2)), new CostEntry("good", "bad", Math.Round(0.5 + random.NextDouble(), 2))]);

                // When
                var threshold = ThresholdChooser.Choose(labels, probabilities, costs);

                // Then
                Assert.Equal(EveryRowAtEveryThreshold(labels, probabilities, costs), threshold);
            }
        }

        // The chooser as first written: quadratic, kept as the reference the sweep must agree with.
        private static double EveryRowAtEveryThreshold(int[] labels, double[] probabilities, CostModel costs)
        {
            double Mean(double threshold) => labels.Select((l, i) => costs.Cost(l, probabilities[i] >= threshold ? 1 : 0)).Sum() / labels.Length;
            var bayes = costs.BayesThreshold();
            var (best, bestCost) = (bayes, Mean(bayes));
            foreach (var threshold in probabilities.Distinct().Append(1.0 + 1e-9).Order())
            {
                var cost = Mean(threshold);
                if (cost < bestCost - 1e-12 || (Math.Abs(cost - bestCost) <= 1e-12 && Math.Abs(threshold - bayes) < Math.Abs(best - bayes)))
                {
                    (best, bestCost) = (threshold, cost);
                }
            }
            return best;
        }
    }
}
