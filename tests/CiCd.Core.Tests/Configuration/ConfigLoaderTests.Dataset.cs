using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    public sealed partial class TheParseMethod
    {
        public sealed class TheDatasetSection
        {
            [Fact]
            public void Should_Read_The_Dataset_Section()
            {
                // Given
                var builder = new ConfigBuilder();

                // When
                var config = builder.Parse();

                // Then
                Assert.Equal("tiny", config.Dataset.Name);
                Assert.Equal("label", config.Dataset.Target);
                Assert.Equal(TaskKind.Binary, config.Dataset.Task);
                Assert.Equal("bad", config.Dataset.PositiveClass);
            }

            [Fact]
            public void Should_List_The_Negative_Class_First_And_The_Positive_Class_Last()
            {
                // Given
                var builder = new ConfigBuilder().Dataset("classes", "[bad, good]");

                // When
                var config = builder.Parse();

                // Then
                Assert.Equal(["good", "bad"], config.Dataset.Classes);
            }

            [Fact]
            public void Should_Resolve_The_Data_Path_Against_The_Config_Folder()
            {
                // Given
                var folder = Path.Combine(Path.GetTempPath(), "project");

                // When
                var config = new ConfigBuilder().Dataset("path", "raw/data.csv").Parse(folder);

                // Then
                Assert.Equal(Path.Combine(folder, "raw", "data.csv"), config.Dataset.Path);
            }

            [Fact]
            public void Should_Read_A_Multiclass_Config()
            {
                // Given
                var builder = new ConfigBuilder().Multiclass().Column("label", "categorical");

                // When
                var dataset = builder.Parse().Dataset;

                // Then
                Assert.Equal(TaskKind.Multiclass, dataset.Task);
                Assert.Equal(["a", "b", "c"], dataset.Classes);
            }

            [Fact]
            public void Should_Reject_A_Config_Without_A_Dataset_Section()
            {
                // Given
                const string yaml = "validation:\n  rows: { min: 10 }\n";

                // When
                var error = Assert.Throws<InputException>(() => ConfigLoader.Parse("mlops.yaml", yaml));

                // Then
                Assert.Equal(1, error.Line);
                Assert.Equal(1, error.Column);
                Assert.Contains("'dataset' is required", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Binary_Task_Without_A_Positive_Class()
            {
                // Given
                var builder = new ConfigBuilder().Dataset("positive_class", null);
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "name: tiny");
                Assert.Contains("'dataset.positive_class'", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Positive_Class_That_Is_Not_Declared()
            {
                // Given
                var builder = new ConfigBuilder().Dataset("positive_class", "ugly");

                // When
                var error = ParseError(builder);

                // Then
                Assert.Contains("naming one of them", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Class_Listed_Twice()
            {
                // Given
                var builder = new ConfigBuilder().Dataset("classes", "[good, good]").Dataset("positive_class", "good");

                // When
                var error = ParseError(builder);

                // Then
                Assert.Contains("lists a class twice", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Multiclass_Task_With_Two_Classes()
            {
                // Given
                var builder = new ConfigBuilder().Multiclass().Dataset("classes", "[a, b]");

                // When
                var error = ParseError(builder);

                // Then
                Assert.Contains("at least 3 classes", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Target_That_Is_Not_A_Declared_Column()
            {
                // Given
                var builder = new ConfigBuilder().Column("label", null);
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "x: { kind");
                Assert.Contains("the target 'label' must be declared", error.Problem, StringComparison.Ordinal);
            }
        }
    }
}
