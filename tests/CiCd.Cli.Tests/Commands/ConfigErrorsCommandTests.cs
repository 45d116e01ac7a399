using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Commands;

/// <summary>`mlops data validate` and `mlops train` print every config error of one run, not only the first.</summary>
public sealed class ConfigErrorsCommandTests
{
    // Three independent errors in three sections: dataset, training and gates.
    private static string WriteBrokenConfig(TempFolder folder)
    {
        CsvBuilder.Tiny(40).WriteTo(folder);
        return new ConfigBuilder()
            .Dataset("task", "multiclass").Dataset("positive_class", null)
            .Training("primary_metric", "roc_auc")
            .Gates("thresholds:", "  accuracy: { minimum: 0.7 }")
            .WriteTo(folder);
    }

    private static void AssertAllListed(MlopsRun run, string config)
    {
        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Contains("at least 3 classes", run.Error, StringComparison.Ordinal);
        Assert.Contains("'roc_auc' is not a multiclass metric", run.Error, StringComparison.Ordinal);
        Assert.Contains("unknown key 'gates.thresholds.accuracy.minimum'", run.Error, StringComparison.Ordinal);
        Assert.True(run.Error.Split('\n').Count(l => l.Contains($"{config}:", StringComparison.Ordinal)) >= 3, run.ToString());
    }

    public sealed class TheDataValidateCommand
    {
        [Fact]
        public void Should_Print_Every_Config_Error_With_Its_Line()
        {
            // Given
            using var folder = new TempFolder();
            var config = WriteBrokenConfig(folder);

            // When
            var run = Mlops.Run(["data", "validate", "--config", config, "--out", folder.PathOf("out")]);

            // Then
            AssertAllListed(run, config);
        }
    }

    public sealed class TheTrainCommand
    {
        [Fact]
        public void Should_Print_Every_Config_Error_With_Its_Line()
        {
            // Given
            using var folder = new TempFolder();
            var config = WriteBrokenConfig(folder);

            // When
            var run = Mlops.Run(["train", "--config", config, "--out", folder.PathOf("out"), "--cache", folder.PathOf("cache")]);

            // Then
            AssertAllListed(run, config);
        }
    }
}
