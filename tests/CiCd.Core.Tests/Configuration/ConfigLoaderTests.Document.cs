using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    public sealed partial class TheParseMethod
    {
        // The file as a whole: YAML syntax, unknown keys, the type of each value.
        public sealed class TheDocument
        {
            [Theory]
            [InlineData("  target:", "\ttarget:")]
            [InlineData("  seed:", "\tseed:")]
            public void Should_Place_A_Tab_At_Its_Own_Line_And_Column(string spaces, string tab)
            {
                // Given
                var yaml = new ConfigBuilder().Training("seed", "7").Build().Replace(spaces, tab, StringComparison.Ordinal);
                Assert.Contains(tab, yaml, StringComparison.Ordinal);

                // When
                var error = Assert.Throws<InputException>(() => ConfigLoader.Parse("mlops.yaml", yaml));

                // Then
                AssertAt(error, yaml, tab, ConfigBuilder.ColumnOf(yaml, tab) + tab.IndexOf('\t', StringComparison.Ordinal));
                Assert.Contains("tab", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_An_Unknown_Top_Level_Key_With_Its_Line_And_Column()
            {
                // Given
                var builder = new ConfigBuilder().TopLevel("colour: blue");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "colour: blue");
                Assert.Contains("unknown key 'colour'", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Misspelt_Key_In_A_Section()
            {
                // Given
                var builder = new ConfigBuilder().Dataset("taget", "label");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "taget");
                Assert.Contains("'dataset.taget'", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Wrong_Type_At_The_Value()
            {
                // Given
                var builder = new ConfigBuilder().Training("folds", "many");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "many");
                Assert.Contains("'training.folds' must be a whole number, found 'many'", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Say_A_Whole_Number_Too_Large_Is_Too_Large_Not_That_It_Is_No_Whole_Number()
            {
                // Given: a seed copied from a 64-bit source
                var builder = new ConfigBuilder().Training("seed", "99999999999999999999");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "99999999999999999999");
                Assert.Contains("'training.seed' must be a whole number from -2147483648 to 2147483647, found '99999999999999999999'", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Text_Where_A_Number_Is_Expected()
            {
                // Given
                var builder = new ConfigBuilder().Training("test_fraction", "a fifth");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "a fifth");
                Assert.Contains("must be a number", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_List_Where_A_Mapping_Is_Expected()
            {
                // Given
                var builder = new ConfigBuilder().Validation("rows", "[10, 20]");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "[10, 20]");
                Assert.Contains("'validation.rows' must be a mapping", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Missing_Required_Value_At_Its_Section()
            {
                // Given
                var builder = new ConfigBuilder().Dataset("target", null);
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "name: tiny");
                Assert.Contains("'dataset.target' is required", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_Malformed_Yaml_With_Its_Line_And_Column()
            {
                // Given
                var builder = new ConfigBuilder().Dataset("name", "tiny: other");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, ": other");
                Assert.StartsWith("not valid YAML", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Badly_Indented_Line_With_Its_Line()
            {
                // Given
                const string yaml = "dataset:\n  name: tiny\n path: data.csv\n";

                // When
                var error = Assert.Throws<InputException>(() => ConfigLoader.Parse("mlops.yaml", yaml));

                // Then
                Assert.Equal(3, error.Line);
                Assert.Equal(2, error.Column);
                Assert.StartsWith("not valid YAML", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_An_Unclosed_Flow_List_With_Its_Line()
            {
                // Given
                var builder = new ConfigBuilder().Column("x", "{ kind: numeric, range: [0, 100");
                var yaml = builder.Build();

                // When
                var error = Record.Exception(() => builder.Parse());

                // Then
                var input = Assert.IsType<InputException>(error);
                Assert.InRange(input.Line!.Value, ConfigBuilder.LineOf(yaml, "kind: numeric"), ConfigBuilder.LineOf(yaml, "colour:"));
            }

            [Fact]
            public void Should_Reject_An_Empty_Config()
            {
                // Given
                const string yaml = "";

                // When
                var error = Assert.Throws<InputException>(() => ConfigLoader.Parse("mlops.yaml", yaml));

                // Then
                Assert.Equal(1, error.Line);
                Assert.Contains("empty", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Config_That_Is_Not_A_Mapping()
            {
                // Given
                const string yaml = "- dataset\n- training\n";

                // When
                var error = Assert.Throws<InputException>(() => ConfigLoader.Parse("mlops.yaml", yaml));

                // Then
                Assert.Equal(1, error.Line);
                Assert.Contains("must be a mapping", error.Problem, StringComparison.Ordinal);
            }
        }
    }
}
