using CiCd.Monitoring.Statistics;
using CiCd.Monitoring.Tests.Reference;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Monitoring.Tests.Statistics;

public sealed class JensenShannonTests
{
    public sealed class TheDistanceMethod
    {
        public static TheoryData<string> NumericCases => ReferenceValues.Names(r => r.Numeric, c => c.Name);

        public static TheoryData<string> CountCases => ReferenceValues.Names(r => r.JensenShannon, c => c.Name);

        [Theory]
        [MemberData(nameof(CountCases))]
        public void Should_Match_Scipy_Jensenshannon_Base_2(string name)
        {
            // Given
            var expected = ReferenceValues.Instance.JensenShannon.Single(c => c.Name == name);

            // When
            var distance = JensenShannon.Distance(expected.ReferenceCounts, expected.CurrentCounts);

            // Then
            Assert.Equal(expected.Distance, distance, ReferenceValues.Tolerance);
        }

        [Theory]
        [MemberData(nameof(NumericCases))]
        public void Should_Match_Scipy_On_Reference_Quantile_Bins(string name)
        {
            // Given
            var expected = ReferenceValues.Instance.Numeric.Single(c => c.Name == name);

            // When
            var distance = JensenShannon.Distance(expected.ReferenceCounts, expected.CurrentCounts);

            // Then
            Assert.Equal(expected.JensenShannon, distance, ReferenceValues.Tolerance);
        }

        [Property]
        public bool Should_Be_Symmetric_And_In_The_Unit_Interval(NonEmptyArray<PositiveInt> counts, int seed)
        {
            // Given
            var p = counts.Get.Select(c => (long)c.Get).ToArray();
            var random = new Random(seed);
            var q = p.Select(_ => (long)random.Next(1, 100)).ToArray();

            // When
            var forward = JensenShannon.Distance(p, q);
            var backward = JensenShannon.Distance(q, p);

            // Then
            return Math.Abs(forward - backward) < 1e-12 && forward is >= 0 and <= 1;
        }

        [Property]
        public bool Should_Be_Zero_For_Proportional_Counts(NonEmptyArray<PositiveInt> counts, PositiveInt factor)
        {
            // Given
            var p = counts.Get.Select(c => (long)c.Get).ToArray();
            var q = p.Select(c => c * (factor.Get % 100 + 1)).ToArray();

            // When
            var distance = JensenShannon.Distance(p, q);

            // Then
            return distance < 1e-7;
        }
    }
}
