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
