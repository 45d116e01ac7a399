using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    public sealed partial class TheParseMethod
    {
        public sealed class TheColumnsOfTheDatasetSection
        {
            [Fact]
            public void Should_Keep_Feature_Columns_In_File_Order_Without_The_Target()
            {
                // Given
                var builder = new ConfigBuilder();

                // When
                var config = builder.Parse();

                // Then
                Assert.Equal(["x", "colour"], config.Dataset.Columns.Select(c => c.Name));
            }

            [Fact]
            public void Should_Read_The_Range_And_Allowed_Categories_Of_Columns()
            {
                // Given
                var builder = new ConfigBuilder();

                // When
                var columns = builder.Parse().Dataset.Columns;

                // Then
                Assert.Equal(new NumericRange(0, 100), columns[0].Range);
                Assert.Equal(["red", "green", "blue"], columns[1].Allowed);
            }

            [Fact]
            public void Should_Read_An_Ordinal_Column_With_Its_Order()
            {
                // Given
                var builder = new ConfigBuilder().Column("size", "{ kind: ordinal, order: [small, medium, large] }");

                // When
                var size = builder.Parse().Dataset.Columns.Single(c => c.Name == "size");

                // Then
                Assert.Equal(ColumnKind.Ordinal, size.Kind);
                Assert.Equal(["small", "medium", "large"], size.KnownCategories);
            }

            [Fact]
            public void Should_Reject_An_Unknown_Key_Inside_A_Column()
            {
                // Given
                var builder = new ConfigBuilder().Column("x", "{ kind: numeric, rnage: [0, 1] }");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "rnage");
                Assert.Contains("dataset.columns.x.rnage", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_An_Unknown_Column_Kind_At_Its_Value()
            {
                // Given
                var builder = new ConfigBuilder().Column("x", "number");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "number");
                Assert.Contains("unknown kind 'number'", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_An_Ordinal_Column_Without_Order()
            {
                // Given
                var builder = new ConfigBuilder().Column("size", "{ kind: ordinal }");

                // When
                var error = ParseError(builder);

                // Then
                Assert.Contains("ordinal column 'size' needs 'order'", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_The_Ordinal_Shorthand_Without_Order()
            {
                // Given
                var builder = new ConfigBuilder().Column("size", "ordinal");

                // When
                var error = Record.Exception(() => builder.Parse());

                // Then
                Assert.IsType<InputException>(error);
            }

            [Fact]
            public void Should_Reject_A_Reversed_Range()
            {
                // Given
                var builder = new ConfigBuilder().Column("x", "{ kind: numeric, range: [100, 0] }");

                // When
                var error = ParseError(builder);

                // Then
                Assert.Contains("min <= max", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Missing_Policy_That_Is_Not_A_Share()
            {
                // Given
                var builder = new ConfigBuilder().Column("x", "{ kind: numeric, missing: sometimes }");

                // When
                var error = ParseError(builder);

                // Then
                Assert.Contains("must be forbid, allow or a share in [0, 1], found 'sometimes'", error.Problem, StringComparison.Ordinal);
            }
        }
    }
}
