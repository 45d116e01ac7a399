using CiCd.Cli.Tests.Fixtures;

namespace CiCd.Cli.Tests.Commands;

public static class RegressionReportCommandTests
{
    [Collection(SharedTrainedRegressionModel.Name)]
    public sealed class TheReportActionOnARegressionModel(TrainedRegressionModel model)
    {
        [Fact]
        public async Task Should_Draw_The_Residual_Charts_Without_Skia_Warnings_On_The_Console()
        {
            // Given: a process of its own, since Skia writes its warnings from native code straight to the console
            var folder = model.NewFolder();

            // When
            var report = await MlopsProcess.RunAsync(folder, "report", "--config", model.Config, "--train", model.TrainFolder,
                "--tracking", Path.Combine(folder, "tracking.db"), "--registry", Path.Combine(folder, "models"), "--out", Path.Combine(folder, "report"));

            // Then
            Assert.True(report.ExitCode == 0, report.ToString());
            Assert.DoesNotContain("Unsupported path effect", report.Output + report.Error, StringComparison.Ordinal);
            var html = File.ReadAllText(Path.Combine(folder, "report", "report.html"));
            Assert.All(new[] { "Predicted vs actual", "Residuals vs predicted", "Residual histogram", "Error by target decile" },
                title => Assert.Contains(title, html, StringComparison.Ordinal));
        }
    }
}
