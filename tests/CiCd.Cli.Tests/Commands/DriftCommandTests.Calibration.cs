using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Data;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class DriftCommandTests
{
    [Collection(SharedTrainedModel.Name)]
    public sealed class TheCalibrationPerWindow(TrainedModel model) : WithTheTrainedModel(model)
    {
        [Fact]
        public void Should_Report_Brier_Ece_And_The_Reliability_Table_Of_Each_Window_In_Json_Markdown_And_Html()
        {
            // Given: two days of the held-out rows with their true classes
            var builder = new PredictionLogBuilder(Model).HeldOutRowsOnly().Days(2, 200);
            var log = Log(builder);
            var labels = builder.WriteLabels(Path.Combine(Folder, "labels.csv"));

            // When
            var run = Drift("--log", log, "--window", "1d", "--labels", labels);

            // Then: each window's Brier score is the mean squared gap between its positive-class probability and outcome,
            // computed here from the test split's rows the window holds
            Assert.True(run.ExitCode == 0, run.ToString());
            var report = Report();
            Assert.Equal("positive-class probability", report.GetProperty("performance").GetProperty("calibration").GetProperty("of").GetString());
            var windows = report.GetProperty("windows").EnumerateArray().ToList();
            Assert.Equal(2, windows.Count);
            Assert.All(windows.Select((w, day) => (w, day)), pair =>
            {
                var (w, day) = pair;
                var performance = w.GetProperty("performance");
                var calibration = performance.GetProperty("calibration");
                Assert.Equal(ExpectedBrier(day * 200, 200), calibration.GetProperty("brier").GetDouble(), 9);
                Assert.Equal(calibration.GetProperty("brier").GetDouble(), performance.GetProperty("metrics").GetProperty("brier").GetDouble());
                Assert.Equal(calibration.GetProperty("ece").GetDouble(), performance.GetProperty("metrics").GetProperty("ece").GetDouble());
                var bins = calibration.GetProperty("table").EnumerateArray().ToList();
                Assert.Equal(10, bins.Count);
                Assert.Equal(200, bins.Sum(b => b.GetProperty("count").GetInt32()));
                Assert.Equal(0.1, bins[0].GetProperty("upper").GetDouble());
            });
            var markdown = File.ReadAllText(Path.Combine(OutFolder, "drift.md"));
            Assert.Contains("### Calibration", markdown, StringComparison.Ordinal);
            Assert.Contains("over 10 equal-width bins of the positive-class probability", markdown, StringComparison.Ordinal);
            Assert.Contains("| bin | range | mean predicted | observed rate | count |", markdown, StringComparison.Ordinal);
            Assert.Contains("Reliability, 2026-11-02 00:00 UTC", markdown, StringComparison.Ordinal);
            var html = Html();
            Assert.Contains("id=\"calibration\"", html, StringComparison.Ordinal);
            Assert.Contains("<th>mean predicted</th><th>observed rate</th>", html, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Turn_Red_When_The_Ece_Of_A_Window_Exceeds_Monitor_Performance()
        {
            // Given: a production bar on calibration no real model meets
            var config = Path.Combine(Folder, "mlops.yaml");
            File.WriteAllText(config, Regex.Replace(File.ReadAllText(Model.Config), "^monitor:\n", "monitor:\n  performance:\n    ece: { max: 0.0001 }\n", RegexOptions.Multiline));
            var builder = new PredictionLogBuilder(Model).HeldOutRowsOnly().Days(1, 200);
            var log = Log(builder);
            var labels = builder.WriteLabels(Path.Combine(Folder, "labels.csv"));

            // When
            var run = Mlops.Run("drift", "--config", config, "--reference", Model.TrainFolder, "--out", OutFolder, "--log", log, "--labels", labels);

            // Then
            Assert.True(run.ExitCode == 1, run.ToString());
            var check = Assert.Single(Report().GetProperty("performance").GetProperty("checks").EnumerateArray());
            Assert.Equal("ece", check.GetProperty("metric").GetString());
            Assert.False(check.GetProperty("passed").GetBoolean());
        }

        // The log cycles through the test split's rows in file order: row i of a window is test row i mod n.
        private double ExpectedBrier(int first, int rows)
        {
            var predictions = CsvReader.Read(Path.Combine(Model.TrainFolder, "evaluation", "test-predictions.csv"));
            var card = JsonDocument.Parse(File.ReadAllText(Path.Combine(Model.TrainFolder, "model-card.json"))).RootElement;
            var positive = card.GetProperty("positive_class").GetString()!;
            var column = predictions.IndexOf($"p_{positive}");
            return Enumerable.Range(first, rows).Select(i => predictions.Rows[i % predictions.Rows.Count]).Average(r =>
            {
                var p = double.Parse(r.Values[column]!, CultureInfo.InvariantCulture);
                var y = r.Values[1] == positive ? 1 : 0;
                return (p - y) * (p - y);
            });
        }
    }
}
