using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    public sealed partial class TheParseMethod
    {
        public sealed class WithSeveralErrors
        {
            [Fact]
            public void Should_Report_Independent_Errors_In_Three_Sections_In_One_Run()
            {
                // Given: going multiclass with two classes, a binary-only metric and a misspelt gate key
                var builder = new ConfigBuilder()
                    .Dataset("task", "multiclass").Dataset("positive_class", null)
                    .Training("primary_metric", "roc_auc")
                    .Gates("thresholds:", "  accuracy: { minimum: 0.7 }");
                var yaml = builder.Build();

                // When
                var error = Assert.Throws<InputException>(() => builder.Parse());

                // Then
                var lines = error.Message.Split('\n');
                Assert.Contains(lines, l => l.Contains($"mlops.yaml:{ConfigBuilder.LineOf(yaml, "name: tiny")}:", StringComparison.Ordinal)
                    && l.Contains("at least 3 classes", StringComparison.Ordinal));
                Assert.Contains(lines, l => l.Contains($"mlops.yaml:{ConfigBuilder.LineOf(yaml, "primary_metric")}:", StringComparison.Ordinal)
                    && l.Contains("'roc_auc' is not a multiclass metric", StringComparison.Ordinal));
                Assert.Contains(lines, l => l.Contains($"mlops.yaml:{ConfigBuilder.LineOf(yaml, "minimum")}:", StringComparison.Ordinal)
                    && l.Contains("unknown key 'gates.thresholds.accuracy.minimum'", StringComparison.Ordinal));
                Assert.Equal(ExitCodes.InputError, error.ExitCode);
            }

            [Fact]
            public void Should_Keep_The_Position_Of_The_First_Error()
            {
                // Given
                var builder = new ConfigBuilder().Training("folds", "1").Training("test_fraction", "2").TopLevel("extra: 1");
                var yaml = builder.Build();

                // When
                var error = Assert.Throws<InputException>(() => builder.Parse());

                // Then
                Assert.Equal(ConfigBuilder.LineOf(yaml, "test_fraction"), error.Line);
                Assert.Contains("test_fraction", error.Problem.Split('\n')[0], StringComparison.Ordinal);
                Assert.Equal(3, error.Message.Split('\n').Count(l => l.Contains("mlops.yaml:", StringComparison.Ordinal)));
            }
        }
    }
}
