using CiCd.Monitoring.Statistics;
using CiCd.Monitoring.Tests.Reference;

namespace CiCd.Monitoring.Tests.Statistics;

public sealed class QuantileBinsTests
{
    public static TheoryData<string> Cases => ReferenceValues.Names(r => r.Numeric, c => c.Name);

    public sealed class TheFromReferenceMethod
    {
        [Theory]
        [MemberData(nameof(Cases), MemberType = typeof(QuantileBinsTests))]
        public void Should_Cut_At_Numpy_Quantiles(string name)
        {
            // Given
            var expected = ReferenceValues.Instance.Numeric.Single(c => c.Name == name);
            var reference = SortedSample.FromColumn(ReferenceSamples.Build(expected.Reference));

            // When
            var bins = QuantileBins.FromReference(reference, expected.Bins);

            // Then
            Assert.Equal(expected.Edges, bins.Edges);
        }

        [Fact]
        public void Should_Drop_Duplicate_Edges_When_Values_Tie()
        {
            // Given
            var reference = SortedSample.FromColumn([1, 1, 1, 1, 1, 1, 1, 1, 2, 2]);

            // When
            var bins = QuantileBins.FromReference(reference, 10);

            // Then
            Assert.Equal(bins.Edges.Distinct().Count(), bins.Edges.Length);
        }
    }

    public sealed class TheCountSortedMethod
    {
        [Theory]
        [MemberData(nameof(Cases), MemberType = typeof(QuantileBinsTests))]
        public void Should_Count_Like_Numpy_Searchsorted_Left(string name)
        {
            // Given
            var expected = ReferenceValues.Instance.Numeric.Single(c => c.Name == name);
            var bins = new QuantileBins(expected.Edges);
            var current = SortedSample.FromColumn(ReferenceSamples.Build(expected.Current));

            // When
            var counts = bins.CountSorted(current);

            // Then
            Assert.Equal(expected.CurrentCounts, counts);
        }

        [Fact]
        public void Should_Put_A_Value_On_An_Edge_In_The_Lower_Bin()
        {
            // Given
            var bins = new QuantileBins([1.0, 2.0]);

            // When
            var counts = bins.CountSorted(SortedSample.FromColumn([1.0, 2.0, 2.5]));

            // Then
            Assert.Equal([1L, 1L, 1L], counts);
        }
    }
}
