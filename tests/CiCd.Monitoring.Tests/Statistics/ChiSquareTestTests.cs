using CiCd.Monitoring.Statistics;
using CiCd.Monitoring.Tests.Reference;

namespace CiCd.Monitoring.Tests.Statistics;

public sealed class ChiSquareTestTests
{
    public sealed class TheTestMethod
    {
        public static TheoryData<string> Cases => ReferenceValues.Names(r => r.ChiSquare, c => c.Name);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Should_Match_Scipy_Chisquare(string name)
        {
            // Given
            var expected = ReferenceValues.Instance.ChiSquare.Single(c => c.Name == name);

            // When
            var result = ChiSquareTest.Test(expected.ReferenceCounts, expected.CurrentCounts);

            // Then
            Assert.Equal(expected.Statistic, result.Statistic, expected.Statistic * 1e-12);
            Assert.Equal(expected.PValue, result.PValue, ReferenceValues.Tolerance);
            Assert.Equal(expected.Unseen, result.UnseenCategories);
        }

        [Fact]
        public void Should_Smooth_And_Flag_When_A_Category_Is_Unseen()
        {
            // Given
            long[] reference = [100, 100, 0], current = [50, 50, 3];

            // When
            var result = ChiSquareTest.Test(reference, current);

            // Then
            Assert.True(result.Smoothed);
            Assert.True(double.IsFinite(result.Statistic));
        }

        [Fact]
        public void Should_Not_Smooth_Without_Unseen_Categories()
        {
            // Given
            long[] reference = [100, 100], current = [50, 50];

            // When
            var result = ChiSquareTest.Test(reference, current);

            // Then
            Assert.False(result.Smoothed);
            Assert.Equal(1.0, result.PValue, 1e-12);
        }

        [Fact]
        public void Should_Give_P_One_For_A_Single_Category()
        {
            // When
            var result = ChiSquareTest.Test([10], [7]);

            // Then
            Assert.Equal(0, result.DegreesOfFreedom);
            Assert.Equal(1.0, result.PValue);
        }

        [Fact]
        public void Should_Reject_An_Empty_Current_Sample()
        {
            // When
            var error = Record.Exception(() => ChiSquareTest.Test([10, 5], [0, 0]));

            // Then
            Assert.IsType<ArgumentException>(error);
        }
    }
}
