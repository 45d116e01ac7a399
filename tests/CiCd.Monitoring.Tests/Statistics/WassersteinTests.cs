using CiCd.Monitoring.Statistics;
using CiCd.Monitoring.Tests.Reference;

namespace CiCd.Monitoring.Tests.Statistics;

public sealed class WassersteinTests
{
    public static TheoryData<string> Cases => ReferenceValues.Names(r => r.Numeric, c => c.Name);

    public sealed class TheDistanceMethod
    {
        [Theory]
        [MemberData(nameof(Cases), MemberType = typeof(WassersteinTests))]
        public void Should_Match_Scipy_Wasserstein_Distance(string name)
        {
            // Given
            var expected = ReferenceValues.Instance.Numeric.Single(c => c.Name == name);
            var reference = SortedSample.FromColumn(ReferenceSamples.Build(expected.Reference));
            var current = SortedSample.FromColumn(ReferenceSamples.Build(expected.Current));

            // When
            var distance = Wasserstein.Distance(reference.Values, current.Values);

            // Then
            Assert.Equal(expected.Wasserstein, distance, ReferenceValues.Tolerance);
        }

        [Fact]
        public void Should_Equal_The_Shift_Between_Translated_Samples()
        {
            // Given
            double[] a = [0, 1, 2, 3], b = [2, 3, 4, 5];

            // When
            var distance = Wasserstein.Distance(a, b);

            // Then
            Assert.Equal(2.0, distance, 1e-12);
        }
    }

    public sealed class TheNormalizedMethod
    {
        [Theory]
        [MemberData(nameof(Cases), MemberType = typeof(WassersteinTests))]
        public void Should_Match_Scipy_Over_The_Reference_Std(string name)
        {
            // Given
            var expected = ReferenceValues.Instance.Numeric.Single(c => c.Name == name);
            var raw = ReferenceSamples.Build(expected.Reference);
            var reference = SortedSample.FromColumn(raw);
            var current = SortedSample.FromColumn(ReferenceSamples.Build(expected.Current));
            var mean = raw.Average();
            var std = Math.Sqrt(raw.Sum(x => (x - mean) * (x - mean)) / raw.Length);

            // When
            var distance = Wasserstein.Normalized(reference.Values, current.Values, std);

            // Then
            Assert.Equal(expected.WassersteinNormalized, distance, ReferenceValues.Tolerance);
        }

        [Fact]
        public void Should_Use_The_Std_Floor_For_A_Constant_Reference()
        {
            // Given
            double[] constant = [1, 1, 1], current = [1, 1, 1.001];

            // When
            var distance = Wasserstein.Normalized(constant, current, referenceStd: 0);

            // Then
            Assert.Equal(1.0 / 3, distance, 1e-9);
        }
    }
}
