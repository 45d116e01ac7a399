using System.Globalization;
using System.Text.Json;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Data;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class DriftCommandTests
{
    /// <summary>`mlops drift` and `mlops labels import` on the log of a regression model (task: regression).</summary>
    [Collection(SharedTrainedRegressionModel.Name)]
    public sealed class TheRegressionModel(TrainedRegressionModel model)
    {
        private readonly string _folder = model.NewFolder();

        private string OutFolder => Path.Combine(_folder, "out");

        [Fact]
        public void Should_Detect_Prediction_Drift_On_The_Predicted_Value_Though_The_Inputs_Do_Not_Move()
        {
            // Given: two days of the held-out rows, each twice a day (a window needs min_current_sample rows); from day 1
            // on the model predicts 60 % more for the same inputs
            var builder = new RegressionLogBuilder(model);
            var log = builder.Days(2, 2 * builder.HeldOutRows).ShiftPredictionsFrom(1, v => v * 1.6).Write(Path.Combine(_folder, "predictions.sqlite"));

            // When
            var run = Drift(model.Config, "--log", log, "--window", "1d");

            // Then: the predicted value is compared with the model's predictions on its test split
            Assert.True(run.ExitCode == 0, run.ToString());
            var report = Report();
            var column = Assert.Single(report.GetProperty("predictions").GetProperty("columns").EnumerateArray());
            Assert.Equal("predicted_value", column.GetProperty("name").GetString());
            Assert.True(report.GetProperty("predictions").GetProperty("dataset_drifted").GetBoolean());
            var windows = report.GetProperty("windows");
            Assert.False(windows[0].GetProperty("predictions").GetProperty("dataset_drifted").GetBoolean());
            Assert.True(windows[1].GetProperty("predictions").GetProperty("dataset_drifted").GetBoolean());
            Assert.False(windows[1].GetProperty("features").GetProperty("dataset_drifted").GetBoolean());
        }

        [Fact]
        public void Should_Read_The_Predicted_Value_From_The_Services_Csv_Answer_Column()
        {
            // Given: the held-out rows with the service's CSV answer beside them, under its header `prediction`
            // (only test-predictions.csv's `predicted` was read before: prediction drift was skipped)
            var data = CsvReader.Read(TrainedRegressionModel.Data);
            var byLine = data.Rows.ToDictionary(r => r.Line);
            var scored = CsvReader.Read(Path.Combine(model.TrainFolder, "evaluation", "test-predictions.csv"));
            var predicted = scored.IndexOf("predicted");
            var current = Path.Combine(_folder, "answered.csv");
            CsvWriter.Write(current, [.. data.Header, "prediction"],
                scored.Rows.Select(r => (IReadOnlyList<string?>)[.. byLine[int.Parse(r.Values[0]!, CultureInfo.InvariantCulture)].Values, r.Values[predicted]]));

            // When
            var run = Drift(model.Config, "--current", current);

            // Then
            Assert.True(run.ExitCode == 0, run.ToString());
            var report = Report();
            var column = Assert.Single(report.GetProperty("predictions").GetProperty("columns").EnumerateArray());
            Assert.Equal("predicted_value", column.GetProperty("name").GetString());
            Assert.DoesNotContain("prediction", report.GetProperty("features").GetProperty("extra_columns").ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Report_The_Error_Metrics_Of_Each_Window_As_The_Model_Card_Does_On_The_Same_Rows()
        {
            // Given: each of two days logs every held-out row once, and `mlops labels import` stores their observed values
            var builder = new RegressionLogBuilder(model).Days(2);
            var log = builder.Write(Path.Combine(_folder, "predictions.sqlite"));
            var import = Mlops.Run("labels", "import", builder.WriteLabels(Path.Combine(_folder, "outcomes.csv")), "--log", log, "--config", model.Config);

            // When
            var run = Drift(model.Config, "--log", log, "--window", "1d");

            // Then: every window holds the test split, so its metrics are the card's
            Assert.True(import.ExitCode == 0, import.ToString());
            Assert.True(run.ExitCode == 0, run.ToString());
            var card = JsonDocument.Parse(File.ReadAllText(Path.Combine(model.TrainFolder, "model-card.json"))).RootElement.GetProperty("metrics");
            var windows = Report().GetProperty("windows").EnumerateArray().ToList();
            Assert.Equal(2, windows.Count);
            Assert.All(windows, w =>
            {
                var performance = w.GetProperty("performance");
                Assert.True(performance.GetProperty("scored").GetBoolean());
                Assert.Equal(builder.HeldOutRows, performance.GetProperty("labelled_rows").GetInt32());
                var metrics = performance.GetProperty("metrics");
                foreach (var metric in new[] { "rmse", "mae", "r2", "mape", "abs_error_p50", "abs_error_p90", "abs_error_p95" })
                {
                    Assert.Equal(card.GetProperty(metric).GetDouble(), metrics.GetProperty(metric).GetDouble(), 9);
                }
                Assert.Equal(JsonValueKind.Null, performance.GetProperty("calibration").ValueKind);
            });
            var markdown = File.ReadAllText(Path.Combine(OutFolder, "drift.md"));
            Assert.Contains("| window start | labelled rows | rmse | mae | r2 | mape |", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Turn_Red_With_Exit_1_When_The_Rmse_Of_A_Window_Exceeds_Monitor_Performance()
        {
            // Given: the outcomes of day 1 come out 80 above the predictions, and production holds RMSE to a maximum
            // the model meets on its test split
            var rmse = JsonDocument.Parse(File.ReadAllText(Path.Combine(model.TrainFolder, "model-card.json"))).RootElement
                .GetProperty("metrics").GetProperty("rmse").GetDouble();
            var max = Math.Round(rmse + 5);
            var config = Path.Combine(_folder, "mlops.yaml");
            File.WriteAllText(config, TinyConfig.Diabetes($"monitor:\n  performance:\n    rmse: {{ max: {max} }}\n"));
            var builder = new RegressionLogBuilder(model).Days(2);
            var log = builder.Write(Path.Combine(_folder, "predictions.sqlite"));
            var labels = builder.WriteLabels(Path.Combine(_folder, "outcomes.csv"),
                (day, actual) => (day == 1 ? actual + 80 : actual).ToString("R", System.Globalization.CultureInfo.InvariantCulture));

            // When
            var run = Drift(config, "--log", log, "--window", "1d", "--labels", labels);

            // Then: lower is better for an error, so the first day passes and the second does not
            Assert.True(run.ExitCode == 1, run.ToString());
            var report = Report();
            Assert.Equal("red", report.GetProperty("alert").GetProperty("level").GetString());
            var windows = report.GetProperty("windows");
            var first = Assert.Single(windows[0].GetProperty("performance").GetProperty("checks").EnumerateArray());
            var second = Assert.Single(windows[1].GetProperty("performance").GetProperty("checks").EnumerateArray());
            Assert.Equal("rmse", first.GetProperty("metric").GetString());
            Assert.Equal(max, first.GetProperty("max").GetDouble());
            Assert.True(first.GetProperty("passed").GetBoolean());
            Assert.False(second.GetProperty("passed").GetBoolean());
            Assert.Equal("red", windows[1].GetProperty("level").GetString());
        }

        [Fact]
        public void Should_Refuse_A_Logged_Prediction_That_Is_Not_A_Number()
        {
            // Given: one row whose label column does not hold a number
            var log = new RegressionLogBuilder(model).Days(1).Write(Path.Combine(_folder, "predictions.sqlite"));
            using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={log};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "UPDATE predictions SET label = 'high' WHERE request_id = 'r3'";
                command.ExecuteNonQuery();
            }

            // When
            var run = Drift(model.Config, "--log", log);

            // Then
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("request 'r3': label 'high' is not a finite number, but the model is a regression", run.Error, StringComparison.Ordinal);
        }

        private MlopsRun Drift(string config, params string[] args) =>
            Mlops.Run(["drift", "--config", config, "--reference", model.TrainFolder, "--out", OutFolder, .. args]);

        private JsonElement Report() => JsonDocument.Parse(File.ReadAllText(Path.Combine(OutFolder, "drift.json"))).RootElement;
    }
}
