using CiCd.Monitoring.Policy;

namespace CiCd.Monitoring.Tests.Policy;

public sealed class DriftTestTraitsTests
{
    public sealed class TheParseMethod
    {
        public static TheoryData<DriftTest> AllTests => new(Enum.GetValues<DriftTest>());

        [Theory]
        [MemberData(nameof(AllTests))]
        public void Should_Read_Back_Every_Config_Name(DriftTest test)
        {
            // When
            var parsed = DriftTestTraits.Parse(test.ConfigName().ToUpperInvariant());

            // Then
            Assert.Equal(test, parsed);
        }

        [Fact]
        public void Should_Return_Null_For_An_Unknown_Name()
        {
            // When
            var parsed = DriftTestTraits.Parse("anderson");

            // Then
            Assert.Null(parsed);
        }
    }

    public sealed class TheIsHypothesisTestMethod
    {
        [Theory]
        [InlineData(DriftTest.KolmogorovSmirnov, true)]
        [InlineData(DriftTest.ChiSquare, true)]
        [InlineData(DriftTest.ZTest, true)]
        [InlineData(DriftTest.Wasserstein, false)]
        [InlineData(DriftTest.JensenShannon, false)]
        [InlineData(DriftTest.Psi, false)]
        public void Should_Tell_P_Value_Tests_From_Distances(DriftTest test, bool expected)
        {
            // When
            var actual = test.IsHypothesisTest();

            // Then
            Assert.Equal(expected, actual);
        }
    }
}
