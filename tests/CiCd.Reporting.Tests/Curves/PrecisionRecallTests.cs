using CiCd.Reporting.Curves;

namespace CiCd.Reporting.Tests.Curves;

public static class PrecisionRecallTests
{
    public sealed class TheCurveMethod
    {
        [Fact]
        public void Should_Keep_Precision_At_One_For_A_Perfect_Ranking()
        {
            // Given
            int[] labels = [1, 1, 0, 0];
            double[] scores = [0.9, 0.8, 0.3, 0.1];

            // When
            var curve = PrecisionRecall.Curve(labels, scores);

            // Then
            Assert.Equal([0, 0.5, 1, 1, 1], curve.Select(p => p.X));
            Assert.Equal([1, 1, 1, 2 / 3.0, 0.5], curve.Select(p => p.Y));
        }

        [Fact]
        public void Should_Group_Tied_Scores_Into_One_Point()
        {
            // Given
            int[] labels = [1, 0, 1];
            double[] scores = [0.5, 0.5, 0.2];

            // When
            var curve = PrecisionRecall.Curve(labels, scores);

            // Then
            Assert.Equal([(0.0, 0.5), (0.5, 0.5), (1.0, 2 / 3.0)], curve.Select(p => (p.X, p.Y)));
        }
    }
}
