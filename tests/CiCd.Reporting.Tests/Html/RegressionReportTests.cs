using System.Globalization;
using CiCd.Configuration;
using CiCd.Reporting.Html;
using CiCd.Reporting.Tests.Fixtures;
using CiCd.Testing.Workspace;
using CiCd.Train;

namespace CiCd.Reporting.Tests.Html;

/// <summary>The report of a regression run: residual charts instead of a confusion matrix, and importance by RMSE.</summary>
public sealed class RegressionReportTests
{
    private const string Config = """
        dataset:
          name: toy-regression
          path: toy.csv
          target: y
          task: regression
          columns: { x: numeric, colour: categorical, y: numeric }
        training:
          seed: 3
          folds: 2
          candidates: [{ trainer: sdca }]
        """;

    private static Content.ReportData TrainAndReport(TempFolder folder)
    {
        var random = new Random(5);
        var lines = new List<string> { "x,colour,y" };
        for (var i = 0; i < 200; i++)
        {
            var x = random.NextDouble() * 100;
            var colour = i % 3 == 0 ? "red" : "blue";
            var y = (2 * x) + (colour == "red" ? 30 : 0) + (random.NextDouble() * 4);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{x:F3},{colour},{y:F3}"));
        }
        File.WriteAllLines(folder.PathOf("toy.csv"), lines);
        File.WriteAllText(folder.PathOf("mlops.yaml"), Config);
        var config = ConfigLoader.Load(folder.PathOf("mlops.yaml"));
        new TrainingEngine(config, new TrainingOptions(folder.PathOf("train"), folder.PathOf("cache"))).Run();
        var options = new ReportOptions
        {
            TrainFolder = folder.PathOf("train"),
            GateFolder = folder.PathOf("gate"),
            RegistryRoot = folder.PathOf("models"),
            ConfigPath = folder.PathOf("mlops.yaml"),
            OutputFolder = folder.PathOf("report"),
            ImportanceRepeats = 2,
        };
        return new ReportBuilder(options, TimeProvider.System).Build();
    }

    public sealed class TheSummary
    {
        [Fact]
        public void Should_Show_A_Lower_Rmse_Than_The_Champion_As_An_Improvement()
        {
            // Given: the trained model registered as champion with an RMSE 5 higher
            using var folder = new TempFolder();
            var card = TrainAndReport(folder).Latest.Content!;
            DoctoredChampion.Register(folder.PathOf("train"), folder.PathOf("champion"), folder.PathOf("models"), "toy-regression", metrics => metrics["rmse"] += 5);

            // When
            var comparison = CiCd.Reporting.Sources.ChampionSource.Compare(folder.PathOf("models"), "toy-regression", card.RunId, card.Metrics, "rmse").Content!;
            var rmse = comparison.Deltas.Single(d => d.Metric == "rmse");

            // Then
            Assert.Equal(-5, rmse.Delta, 9);
            Assert.True(rmse.Improved);
        }

        [Fact]
        public void Should_List_The_Regression_Metrics_With_The_Primary_One_First()
        {
            // Given
            using var folder = new TempFolder();
            var data = TrainAndReport(folder);

            // When
            var summary = CiCd.Reporting.Markdown.SummaryMarkdown.Render(data);

            // Then
            Assert.Contains("| **rmse** |", summary, StringComparison.Ordinal);
            Assert.Contains("| r2 |", summary, StringComparison.Ordinal);
            Assert.Contains("| abs_error_p90 |", summary, StringComparison.Ordinal);
        }
    }

    public sealed class TheRenderMethod
    {
        [Fact]
        public void Should_Draw_The_Four_Residual_Charts_And_No_Confusion_Matrix()
        {
            // Given
            using var folder = new TempFolder();
            var data = TrainAndReport(folder);

            // When
            var html = HtmlReport.Render(data);

            // Then
            Assert.Equal(200 / 5, data.Latest.Content!.Residuals!.Actual.Length);
            foreach (var title in new[] { "Predicted vs actual", "Residuals vs predicted", "Residual histogram", "Error by target decile" })
            {
                Assert.Contains(title, html, StringComparison.Ordinal);
            }
            Assert.DoesNotContain("Confusion matrix", html, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Measure_Permutation_Importance_By_The_Regression_Metric()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var importance = TrainAndReport(folder).Importance.Content!;

            // Then
            Assert.Equal("rmse", importance.Metric);
            Assert.Equal("x", importance.Features[0].Feature);
            Assert.True(importance.Features[0].MeanDrop > 0);
        }
    }
}
