using CiCd.Cli.Tests.Fixtures;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class DriftCommandTests
{
    [Collection(SharedTrainedModel.Name)]
    public sealed class TheLogAndWindowOptions(TrainedModel model) : WithTheTrainedModel(model)
    {
        [Fact]
        public void Should_Judge_Each_Day_And_Flag_The_Day_The_Inputs_Broke()
        {
            // Given: six days of traffic; from day 3 on ages, amounts and durations jump.
            var log = Log(new PredictionLogBuilder(Model).Days(6, 200).ShiftInputsFrom(3, (row, _) =>
            {
                row["age"] = (double)row["age"]! + 25;
                row["credit_amount"] = (double)row["credit_amount"]! * 3;
                row["duration"] = (double)row["duration"]! * 2;
                row["checking_status"] = "<0";
                row["savings_status"] = "<100";
                row["housing"] = "rent";
                row["purpose"] = "business";
                row["property_magnitude"] = "no known property";
                row["credit_history"] = "all paid";
                row["job"] = "unskilled resident";
            }));

            // When
            var run = Drift("--log", log, "--window", "1d");

            // Then
            Assert.True(run.ExitCode == 1, run.ToString());
            var report = Report();
            var windows = report.GetProperty("windows");
            Assert.Equal(6, windows.GetArrayLength());
            var levels = windows.EnumerateArray().Select(w => w.GetProperty("level").GetString()).ToList();
            Assert.All(levels.Take(3), level => Assert.NotEqual("red", level));
            Assert.All(levels.Skip(3), level => Assert.Equal("red", level));
            var changes = report.GetProperty("changes").EnumerateArray().ToList();
            Assert.NotEmpty(changes);
            Assert.All(changes, c => Assert.StartsWith("2026-11-04", c.GetProperty("window_start").GetString(), StringComparison.Ordinal));
            Assert.Contains(changes, c => c.GetProperty("column").ValueKind == System.Text.Json.JsonValueKind.Null);
        }

        [Fact]
        public void Should_Be_Red_When_Only_The_Latest_Window_Drifted()
        {
            // Given: nineteen quiet days, then a day where eleven inputs collapse onto their most common value;
            // over 4,000 rows a significant test also needs an effect of 0.15, which the diluted change lacks.
            var config = Path.Combine(Folder, "mlops.yaml");
            File.WriteAllText(config, TinyConfig.Text("drift:\n  min_current_sample: 200\n  large_sample_rows: 1000\n  min_effect_size: 0.15\n"));
            var common = new Dictionary<string, string>
            {
                ["checking_status"] = "no checking",
                ["savings_status"] = "<100",
                ["housing"] = "own",
                ["purpose"] = "radio/tv",
                ["property_magnitude"] = "car",
                ["credit_history"] = "existing paid",
                ["job"] = "skilled",
                ["employment"] = "1<=X<4",
                ["other_parties"] = "none",
                ["personal_status"] = "male single",
                ["own_telephone"] = "none",
            };
            var log = Log(new PredictionLogBuilder(Model).Days(20, 200).ShiftInputsFrom(19, (row, _) =>
            {
                foreach (var (name, value) in common)
                {
                    row[name] = value;
                }
            }));

            // When
            var run = Mlops.Run("drift", "--config", config, "--reference", Model.TrainFolder, "--out", OutFolder, "--log", log, "--window", "1d");

            // Then
            Assert.True(run.ExitCode == 1, run.ToString());
            var report = Report();
            Assert.False(report.GetProperty("features").GetProperty("dataset_drifted").GetBoolean());
            Assert.StartsWith("The latest window (2026-11-20 00:00 UTC) drifted", report.GetProperty("alert").GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Start_The_Windows_At_Since()
        {
            // Given
            var log = Log(new PredictionLogBuilder(Model).Days(4, 200));

            // When
            var run = Drift("--log", log, "--window", "1d", "--since", "2026-11-02T00:00:00Z");

            // Then
            Assert.True(run.ExitCode == 0, run.ToString());
            var windows = Report().GetProperty("windows");
            Assert.Equal(3, windows.GetArrayLength());
            Assert.StartsWith("2026-11-02", windows[0].GetProperty("start").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Detect_Prediction_Drift_When_The_Scores_Move_Though_The_Inputs_Do_Not()
        {
            // Given: from day 1 on the model scores every applicant as riskier.
            var log = Log(new PredictionLogBuilder(Model).Days(2, 200).ShiftScoresFrom(1, p => Math.Min(1, p + 0.35)));

            // When
            var run = Drift("--log", log, "--window", "1d");

            // Then
            Assert.True(run.ExitCode == 0, run.ToString());
            var report = Report();
            Assert.True(report.GetProperty("predictions").GetProperty("dataset_drifted").GetBoolean());
            Assert.Equal("amber", report.GetProperty("alert").GetProperty("level").GetString());
            var windows = report.GetProperty("windows");
            Assert.False(windows[0].GetProperty("predictions").GetProperty("dataset_drifted").GetBoolean());
            Assert.True(windows[1].GetProperty("predictions").GetProperty("dataset_drifted").GetBoolean());
        }

        [Fact]
        public void Should_Keep_An_Empty_Day_Between_Busy_Ones_As_An_Empty_Window()
        {
            // Given: a day of traffic, a quiet day, and another day of traffic.
            var folder = Folder;
            var first = new PredictionLogBuilder(Model).Days(1, 200).Write(Path.Combine(folder, "predictions.sqlite"));
            new PredictionLogBuilder(Model).Days(1, 200).Starting(new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero)).Write(first);

            // When
            var run = Drift("--log", first, "--window", "1d");

            // Then
            Assert.True(run.ExitCode == 0, run.ToString());
            var windows = Report().GetProperty("windows");
            Assert.Equal(3, windows.GetArrayLength());
            Assert.Equal(0, windows[1].GetProperty("rows").GetInt32());
            Assert.Equal("amber", windows[1].GetProperty("level").GetString());
        }
    }
}
