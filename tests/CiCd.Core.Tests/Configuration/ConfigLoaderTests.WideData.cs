using CiCd.Configuration;
using CiCd.Testing;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    public sealed partial class TheParseMethod
    {
        public sealed class TheWideDataKeys
        {
            private static MlopsConfig Load(ConfigBuilder builder, string header)
            {
                using var folder = new TempFolder();
                folder.Write("data.csv", header + "\n");
                return ConfigLoader.Parse(folder.PathOf("mlops.yaml"), builder.Build());
            }

            [Fact]
            public void Should_Give_Unlisted_Header_Columns_The_Default_Kind_In_File_Order()
            {
                // Given
                var builder = new ConfigBuilder().Column("x", null).Column("colour", null).Column("id", "ignore").Dataset("default_kind", "numeric");

                // When
                var columns = Load(builder, "id,p0,p1,label,p2").Dataset.Columns;

                // Then
                Assert.Equal(["id", "p0", "p1", "p2"], columns.Select(c => c.Name));
                Assert.Equal([ColumnKind.Ignore, ColumnKind.Numeric, ColumnKind.Numeric, ColumnKind.Numeric], columns.Select(c => c.Kind));
            }

            [Fact]
            public void Should_Apply_A_Name_Pattern_With_Its_Rules()
            {
                // Given
                var builder = new ConfigBuilder().Column("x", null).Column("colour", null).Column("'p*'", "{ kind: numeric, range: [0, 16] }");

                // When
                var columns = Load(builder, "p0,p1,label,other").Dataset.Columns;

                // Then: "other" matches nothing and has no default, so it is not a feature
                Assert.Equal(["p0", "p1"], columns.Select(c => c.Name));
                Assert.All(columns, c => Assert.Equal(new NumericRange(0, 16), c.Range));
            }

            [Fact]
            public void Should_Give_A_Header_Name_Holding_A_Star_Its_Own_Line_Before_An_Earlier_Pattern()
            {
                // Given: `mlops init` names every column, and '*' (a number) comes before 'a*' (a category) in the file
                var builder = new ConfigBuilder().Column("x", null).Column("colour", null)
                    .Column("'*'", "{ kind: numeric, range: [0, 2] }").Column("'a*'", "{ kind: categorical, allowed: [a, b] }");

                // When
                var columns = Load(builder, "x,colour,*,a*,label").Dataset.Columns;

                // Then: '*' still covers the columns nothing names
                Assert.Equal(["x", "colour", "*", "a*"], columns.Select(c => c.Name));
                Assert.Equal(["a", "b"], columns.Single(c => c.Name == "a*").Allowed);
                Assert.Equal(ColumnKind.Categorical, columns.Single(c => c.Name == "a*").Kind);
            }

            [Fact]
            public void Should_Match_Patterns_Against_Header_Names_As_The_Reader_Keeps_Them()
            {
                // Given: a quoted name with a line break and one with a leading space, after a blank line
                var builder = new ConfigBuilder().Column("x", null).Column("colour", null)
                    .Column("\"a\\nb\"", "numeric").Column("' c'", "categorical").Column("'p*'", "numeric");

                // When
                var columns = Load(builder, "\nx,colour,\"a\nb\", c,p1,label").Dataset.Columns;

                // Then
                Assert.Equal(["a\nb", " c", "p1"], columns.Select(c => c.Name));
            }

            [Fact]
            public void Should_Refuse_An_Ordinal_Default_Kind()
            {
                // Given
                var builder = new ConfigBuilder().Dataset("default_kind", "ordinal");

                // When
                var error = Assert.Throws<CiCd.Errors.InputException>(() => Load(builder, "x,colour,label"));

                // Then
                Assert.Contains("'dataset.default_kind' cannot be ordinal", error.Message, StringComparison.Ordinal);
            }
        }
    }
}
