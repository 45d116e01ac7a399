using CiCd.Cli.Tests.Fixtures;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class DriftCommandTests
{
    [Collection(SharedTrainedModel.Name)]
    public sealed class TheCurrentOption(TrainedModel model) : WithTheTrainedModel(model)
    {
        [Fact]
        public void Should_Be_Green_With_Exit_0_When_The_Current_Data_Is_Unchanged()
        {
            // Given
            var current = Repository.GermanCredit;

            // When
            var run = Drift("--current", current);

            // Then
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal("green", Report().GetProperty("alert").GetProperty("level").GetString());
            Assert.Contains("No dataset drift", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Be_Red_With_Exit_1_When_Most_Features_Shifted()
        {
            // Given
            var current = CurrentCsv.Shifted(Folder);

            // When
            var run = Drift("--current", current);

            // Then
            Assert.True(run.ExitCode == 1, run.ToString());
            var report = Report();
            Assert.Equal("red", report.GetProperty("alert").GetProperty("level").GetString());
            Assert.Equal("retrain", report.GetProperty("alert").GetProperty("recommendation").GetString());
            Assert.True(report.GetProperty("features").GetProperty("dataset_drifted").GetBoolean());
        }

        [Fact]
        public void Should_Write_Json_Markdown_And_Html()
        {
            // Given
            var current = CurrentCsv.Shifted(Folder);

            // When
            Drift("--current", current);

            // Then
            Assert.True(File.Exists(Path.Combine(OutFolder, "drift.json")));
            Assert.Contains("| column |", File.ReadAllText(Path.Combine(OutFolder, "drift.md")), StringComparison.Ordinal);
            Assert.StartsWith("<!DOCTYPE html>", Html(), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Print_The_Report_As_Json_When_Asked()
        {
            // Given
            var current = Repository.GermanCredit;

            // When
            var run = Drift("--current", current, "--json");

            // Then
            using var json = System.Text.Json.JsonDocument.Parse(run.Output);
            Assert.Equal(20, json.RootElement.GetProperty("features").GetProperty("columns").GetArrayLength());
        }

        [Fact]
        public void Should_Measure_Prediction_Drift_When_The_Csv_Carries_Probabilities()
        {
            // Given: the held-out rows with the model's own probabilities, as a batch-scored file.
            var current = CurrentCsv.Scored(Folder, Model);

            // When
            var run = Drift("--current", current);

            // Then
            Assert.True(run.ExitCode == 0, run.ToString());
            var predictions = Report().GetProperty("predictions");
            Assert.Equal("green", predictions.GetProperty("alert").GetProperty("level").GetString());
            Assert.Equal(2, predictions.GetProperty("tested_count").GetInt32());
        }
    }
}
