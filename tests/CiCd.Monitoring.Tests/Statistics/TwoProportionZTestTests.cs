using CiCd.Monitoring.Statistics;
using CiCd.Monitoring.Tests.Reference;

namespace CiCd.Monitoring.Tests.Statistics;

public sealed class TwoProportionZTestTests
{
    public sealed class TheTestMethod
    {
        public static TheoryData<string> Cases => ReferenceValues.Names(r => r.ZTest, c => c.Name);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Should_Match_The_Pooled_Z_Test_With_Scipy_Normal_Tail(string name)
        {
            // Given
            var e = ReferenceValues.Instance.ZTest.Single(c => c.Name == name);

            // When
            var result = TwoProportionZTest.Test(e.ReferenceHits, e.ReferenceTotal, e.CurrentHits, e.CurrentTotal);

            // Then
            Assert.Equal(e.Z, result.Z, 1e-12);
            Assert.Equal(e.PValue, result.PValue, ReferenceValues.Tolerance);
        }

        [Fact]
        public void Should_Give_P_One_When_Both_Samples_Hold_One_Category()
        {
            // When
            var result = TwoProportionZTest.Test(10, 10, 5, 5);

            // Then
            Assert.Equal(1.0, result.PValue);
        }

        [Fact]
        public void Should_Reject_More_Hits_Than_Rows()
        {
            // When
            var error = Record.Exception(() => TwoProportionZTest.Test(11, 10, 5, 5));

            // Then
            Assert.IsType<ArgumentException>(error);
        }
    }
}
