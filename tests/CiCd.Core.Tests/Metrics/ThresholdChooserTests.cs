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
    }
}
