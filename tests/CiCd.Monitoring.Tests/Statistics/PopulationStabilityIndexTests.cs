using CiCd.Monitoring.Statistics;
using CiCd.Monitoring.Tests.Reference;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Monitoring.Tests.Statistics;

public sealed class PopulationStabilityIndexTests
{
    public sealed class TheComputeMethod
    {
        public static TheoryData<string> NumericCases => ReferenceValues.Names(r => r.Numeric, c => c.Name);

        public static TheoryData<string> CountCases => ReferenceValues.Names(r => r.JensenShannon, c => c.Name);

        [Theory]
        [MemberData(nameof(NumericCases))]
        public void Should_Match_Numpy_On_Reference_Quantile_Bins(string name)
        {
            // Given
            var expected = ReferenceValues.Instance.Numeric.Single(c => c.Name == name);

            // When
            var psi = PopulationStabilityIndex.Compute(expected.ReferenceCounts, expected.CurrentCounts);

            // Then
            Assert.Equal(expected.Psi, psi, ReferenceValues.Tolerance);
        }

        [Theory]
        [MemberData(nameof(CountCases))]
        public void Should_Match_Numpy_With_The_Empty_Bin_Epsilon(string name)
        {
            // Given
            var expected = ReferenceValues.Instance.JensenShannon.Single(c => c.Name == name);

            // When
            var psi = PopulationStabilityIndex.Compute(expected.ReferenceCounts, expected.CurrentCounts);

            // Then
            Assert.Equal(expected.Psi, psi, ReferenceValues.Tolerance);
        }

        [Fact]
        public void Should_Reject_Counts_On_Different_Bins()
        {
            // When
            var error = Record.Exception(() => PopulationStabilityIndex.Compute([1, 2], [1, 2, 3]));

            // Then
            Assert.IsType<ArgumentException>(error);
        }

        [Property]
        public bool Should_Never_Be_Negative(NonEmptyArray<NonNegativeInt> counts, int seed)
        {
            // Given
            var reference = counts.Get.Select(c => (long)c.Get).ToArray();
            var random = new Random(seed);
            var current = reference.Select(_ => (long)random.Next(0, 50)).ToArray();

            // When
            var psi = PopulationStabilityIndex.Compute(reference, current);

            // Then
            return psi >= 0;
        }
    }
}
