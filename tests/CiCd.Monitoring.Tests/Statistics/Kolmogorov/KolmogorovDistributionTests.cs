using CiCd.Monitoring.Statistics.Kolmogorov;
using CiCd.Monitoring.Tests.Reference;

namespace CiCd.Monitoring.Tests.Statistics.Kolmogorov;

public sealed class KolmogorovDistributionTests
{
    public sealed class TheSurvivalFunctionMethod
    {
        public static TheoryData<int, double> Points
        {
            get
            {
                var points = new TheoryData<int, double>();
                foreach (var c in ReferenceValues.Instance.Kolmogorov)
                {
                    points.Add(c.N, c.X);
                }
                return points;
            }
        }

        [Theory]
        [MemberData(nameof(Points))]
        public void Should_Match_Scipy_Kstwo_Sf(int n, double x)
        {
            // Given
            var expected = ReferenceValues.Instance.Kolmogorov.Single(c => c.N == n && c.X == x).Sf;

            // When
            var sf = KolmogorovDistribution.SurvivalFunction(n, x);

            // Then
            Assert.Equal(expected, sf, ReferenceValues.Tolerance);
        }

        [Theory]
        [InlineData(10, 0.0)]
        [InlineData(10, 0.04)]
        public void Should_Be_One_Below_Half_Over_N(int n, double x)
        {
            // When
            var sf = KolmogorovDistribution.SurvivalFunction(n, x);

            // Then
            Assert.Equal(1.0, sf);
        }

        [Fact]
        public void Should_Reject_A_Sample_Size_Of_Zero()
        {
            // When
            var error = Record.Exception(() => KolmogorovDistribution.SurvivalFunction(0, 0.5));

            // Then
            Assert.IsType<ArgumentOutOfRangeException>(error);
        }
    }
}
