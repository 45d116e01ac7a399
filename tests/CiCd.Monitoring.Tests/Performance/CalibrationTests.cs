using CiCd.Configuration;
using CiCd.Monitoring.Performance;

namespace CiCd.Monitoring.Tests.Performance;

public sealed class CalibrationTests
{
    public sealed class TheMeasureMethod
    {
        [Fact]
        public void Should_Compute_Brier_Ece_And_The_Reliability_Table_Of_A_Binary_Model_As_By_Hand()
        {
            // Given: six rows; the positive-class probabilities fall in bins 0, 1, 1, 8, 9, 9
            int[] labels = [0, 0, 1, 1, 1, 0];
            double[] positive = [0.05, 0.15, 0.15, 0.85, 0.95, 0.95];

            // When
            var calibration = Calibration.Measure(TaskKind.Binary, labels, [.. positive.Select(p => new[] { 1 - p, p })]);

            // Then: Brier = (0.0025 + 0.0225 + 0.7225 + 0.0225 + 0.0025 + 0.9025) / 6;
            // ECE = (1 · 0.05 + 2 · |0.15 − 0.5| + 1 · |0.85 − 1| + 2 · |0.95 − 0.5|) / 6 = 1.8 / 6
            Assert.Equal(1.675 / 6, calibration.Brier, 12);
            Assert.Equal(0.3, calibration.Ece, 12);
            Assert.Equal(10, calibration.Table.Count);
            Assert.Equal([1, 2, 0, 0, 0, 0, 0, 0, 1, 2], calibration.Table.Select(b => b.Count));
            var second = calibration.Table[1];
            Assert.Equal((0.1, 0.2), (second.Lower, second.Upper));
            Assert.Equal(0.15, second.MeanPredicted!.Value, 12);
            Assert.Equal(0.5, second.ObservedRate);
            Assert.Null(calibration.Table[2].MeanPredicted);
            Assert.Equal("positive-class probability", calibration.Of);
        }

        [Fact]
        public void Should_Put_A_Probability_On_An_Edge_In_The_Bin_Below_As_Scikit_Learn_Does()
        {
            // Given: 0 and 0.1 belong to bin 0, 0.2 to bin 1, 0.3 (below 3 × 0.1 in floating point) to bin 2, 1 to bin 9
            double[] positive = [0.0, 0.1, 0.2, 0.3, 1.0];

            // When
            var calibration = Calibration.Measure(TaskKind.Binary, [0, 0, 1, 1, 1], [.. positive.Select(p => new[] { 1 - p, p })]);

            // Then
            Assert.Equal([2, 1, 1, 0, 0, 0, 0, 0, 0, 1], calibration.Table.Select(b => b.Count));
        }

        [Fact]
        public void Should_Sum_The_Brier_Score_Over_Classes_And_Bin_The_Top_Probability_Of_A_Multiclass_Model()
        {
            // Given: a right answer at 0.7 and a wrong one at 0.5
            double[][] probabilities = [[0.7, 0.2, 0.1], [0.2, 0.5, 0.3]];

            // When
            var calibration = Calibration.Measure(TaskKind.Multiclass, [0, 2], probabilities);

            // Then: Brier = ((0.09 + 0.04 + 0.01) + (0.04 + 0.25 + 0.49)) / 2; ECE = (|0.7 − 1| + |0.5 − 0|) / 2
            Assert.Equal(0.46, calibration.Brier, 12);
            Assert.Equal(0.4, calibration.Ece, 12);
            Assert.Equal(1, calibration.Table[6].Count);
            Assert.Equal(1, calibration.Table[4].Count);
            Assert.Equal("top-class probability", calibration.Of);
        }
    }
}
