using CiCd.Monitoring.Data;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Tests.Profiles;

public sealed class ProfileBuilderTests
{
    private static readonly ProfileBuilder Builder = new(new ProfileOptions { SampleSize = 1_000 });

    public sealed class TheProfileMethod
    {
        [Fact]
        public void Should_Record_Counts_Moments_And_Bins_Of_A_Numeric_Column()
        {
            // Given
            var column = TestData.NumericColumn("age", TestData.WithMissing(TestData.Normal(1, 500, 40, 10), every: 10));

            // When
            var profile = Builder.Profile(column);

            // Then
            Assert.Equal(ColumnKind.Numeric, profile.Kind);
            Assert.Equal(500, profile.Count);
            Assert.Equal(50, profile.MissingCount);
            Assert.Equal(9, profile.BinEdges.Length);
            Assert.Equal(450, profile.BinCounts.Sum());
            Assert.InRange(profile.Mean!.Value, 38, 42);
            Assert.InRange(profile.Std!.Value, 8, 12);
        }

        [Fact]
        public void Should_Keep_Every_Value_While_The_Column_Fits_The_Sample()
        {
            // Given
            var column = TestData.NumericColumn("x", TestData.Normal(2, 800));

            // When
            var profile = Builder.Profile(column);

            // Then
            Assert.True(profile.SampleIsComplete);
            Assert.Equal(800, profile.Sample.Length);
        }

        [Fact]
        public void Should_Thin_A_Large_Column_To_Sorted_Order_Statistics()
        {
            // Given
            var column = TestData.NumericColumn("x", TestData.Normal(3, 20_000));

            // When
            var profile = Builder.Profile(column);

            // Then
            Assert.False(profile.SampleIsComplete);
            Assert.Equal(1_000, profile.Sample.Length);
            Assert.Equal(profile.Sample.Order(), profile.Sample);
        }

        [Fact]
        public void Should_Count_Values_Of_A_Low_Cardinality_Numeric_Column()
        {
            // Given
            var column = TestData.NumericColumn("children", [0, 1, 1, 2, 2, 2, double.NaN]);

            // When
            var profile = Builder.Profile(column);

            // Then
            Assert.Equal(3, profile.DistinctCount);
            Assert.Equal(3, profile.Categories["2"]);
        }

        [Fact]
        public void Should_Count_Categories_And_Missing_Values()
        {
            // Given
            var column = TestData.CategoricalColumn("job", ["a", "b", null, "a"]);

            // When
            var profile = Builder.Profile(column);

            // Then
            Assert.Equal(1, profile.MissingCount);
            Assert.Equal(2, profile.Categories["a"]);
        }

        [Fact]
        public void Should_Profile_An_All_Missing_Column_Without_Moments()
        {
            // Given
            var column = TestData.NumericColumn("empty", [double.NaN, double.NaN]);

            // When
            var profile = Builder.Profile(column);

            // Then
            Assert.Equal(0, profile.PresentCount);
            Assert.Null(profile.Mean);
            Assert.Empty(profile.BinCounts);
        }
    }

    public sealed class TheBuildMethod
    {
        [Fact]
        public void Should_Keep_Column_Order()
        {
            // Given
            DataColumn[] columns = [TestData.NumericColumn("b", [1, 2]), TestData.CategoricalColumn("a", ["x", "y"])];

            // When
            var profile = Builder.Build(columns);

            // Then
            Assert.Equal(["b", "a"], profile.Columns.Select(c => c.Name));
            Assert.Equal(2, profile.RowCount);
        }

        [Fact]
        public void Should_Reject_Columns_Of_Different_Lengths()
        {
            // Given
            DataColumn[] columns = [TestData.NumericColumn("a", [1, 2]), TestData.NumericColumn("b", [1])];

            // When
            var error = Record.Exception(() => Builder.Build(columns));

            // Then
            Assert.Contains("same number of rows", Assert.IsType<ArgumentException>(error).Message);
        }

        [Fact]
        public void Should_Reject_A_Duplicate_Column_Name()
        {
            // Given
            DataColumn[] columns = [TestData.NumericColumn("a", [1]), TestData.NumericColumn("a", [2])];

            // When
            var error = Record.Exception(() => Builder.Build(columns));

            // Then
            Assert.Contains("'a'", Assert.IsType<ArgumentException>(error).Message);
        }
    }
}
