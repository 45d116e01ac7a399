using CiCd.Monitoring.Statistics;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Monitoring.Tests.Statistics;

public sealed class SortedSampleTests
{
    public sealed class TheFromColumnMethod
    {
        [Fact]
        public void Should_Drop_Missing_Values()
        {
            // When
            var sample = SortedSample.FromColumn([3, double.NaN, 1, double.NaN]);

            // Then
            Assert.Equal([1.0, 3.0], sample.Values);
        }

        [Fact]
        public void Should_Sort_Large_Columns_Like_Array_Sort()
        {
            // Given: large enough for the radix path, with negatives, ties and a negative zero
            var values = TestData.Normal(7, 200_000, mean: 0, std: 1e3).Select(v => Math.Round(v)).ToArray();
            values[30] = -0.0;
            var expected = (double[])values.Clone();
            Array.Sort(expected);

            // When
            var sample = SortedSample.FromColumn(values);

            // Then
            Assert.Equal(expected, sample.Values);
        }

        [Fact]
        public void Should_Sort_Values_That_Differ_Only_In_The_Lowest_Mantissa_Bits()
        {
            // Given: neighbours of 1.0 agree on their top 48 bits, the case the radix passes leave to the final scan
            var random = new Random(3);
            var values = Enumerable.Range(0, 100_000).Select(i => 1.0 + (random.Next(0, 1 << 16) * Math.Pow(2, -52))).ToArray();
            var expected = values.Order().ToArray();

            // When
            var sample = SortedSample.FromColumn(values);

            // Then
            Assert.Equal(expected, sample.Values);
        }

        [Fact]
        public void Should_Treat_Infinities_As_Missing()
        {
            // When
            var sample = SortedSample.FromColumn([double.PositiveInfinity, 2, double.NegativeInfinity]);

            // Then
            Assert.Equal([2.0], sample.Values);
        }

        [Property]
        public bool Should_Return_Ascending_Values(NormalFloat[] values)
        {
            // When
            var sample = SortedSample.FromColumn(values.Select(v => v.Get).ToArray());

            // Then
            return sample.Values.Zip(sample.Values.Skip(1)).All(p => p.First <= p.Second);
        }
    }

    public sealed class TheAdoptMethod
    {
        [Fact]
        public void Should_Sort_In_Place_When_Nothing_Is_Missing()
        {
            // Given
            var column = TestData.Normal(8, 100_000);
            var expected = column.Order().ToArray();

            // When
            var sample = SortedSample.Adopt(column);

            // Then
            Assert.Same(column, sample.Values);
            Assert.Equal(expected, sample.Values);
        }

        [Fact]
        public void Should_Drop_Missing_Values()
        {
            // Given
            var column = TestData.WithMissing(TestData.Normal(9, 100_000), every: 7);

            // When
            var sample = SortedSample.Adopt(column);

            // Then
            Assert.Equal(100_000 - 14_286, sample.Count);
            Assert.DoesNotContain(sample.Values, double.IsNaN);
        }
    }

    public sealed class TheFromSortedMethod
    {
        [Fact]
        public void Should_Reject_Unsorted_Values()
        {
            // When
            var error = Record.Exception(() => SortedSample.FromSorted([2, 1]));

            // Then
            Assert.IsType<ArgumentException>(error);
        }
    }

    public sealed class TheDistinctCountMethod
    {
        [Fact]
        public void Should_Count_Each_Value_Once()
        {
            // When
            var distinct = SortedSample.FromColumn([2, 1, 2, 3, 1]).DistinctCount();

            // Then
            Assert.Equal(3, distinct);
        }
    }
}
