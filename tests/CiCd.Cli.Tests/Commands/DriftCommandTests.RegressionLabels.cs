using System.Text.Json;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Monitoring.Log;
using CiCd.Testing.Postgres;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class DriftCommandTests
{
    /// <summary>`mlops labels import` of a regression's observed numbers, on SQLite and PostgreSQL.</summary>
    [Collection(SharedTrainedRegressionModel.Name)]
    public sealed class TheRegressionLabels(TrainedRegressionModel model, PostgresFixture postgres) : IClassFixture<PostgresFixture>
    {
        private readonly string _folder = model.NewFolder();

        private string OutFolder => Path.Combine(_folder, "out");

        [Fact]
        public void Should_Name_The_File_Line_And_Column_Of_An_Outcome_That_Is_Not_A_Number()
        {
            // Given
            var log = new RegressionLogBuilder(model).Days(1).Write(Path.Combine(_folder, "predictions.sqlite"));
            var csv = Write("outcomes.csv", "request_id,label\nr0,151\nr1,high\n");

            // When
            var run = Mlops.Run("labels", "import", csv, "--log", log, "--config", model.Config);

            // Then: nothing stored
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("outcomes.csv:3:2: label 'high' is not a number, and the model is a regression", run.Error, StringComparison.Ordinal);
            Assert.Empty(new PredictionLogReader(PredictionLogLocation.Sqlite(log)).ReadLabels());
        }

        [Theory]
        [InlineData("NaN")]
        [InlineData("Infinity")]
        public void Should_Refuse_An_Outcome_That_Is_Not_Finite(string outcome)
        {
            // Given
            var log = new RegressionLogBuilder(model).Days(1).Write(Path.Combine(_folder, "predictions.sqlite"));
            var csv = Write("outcomes.csv", $"request_id,label\nr0,{outcome}\n");

            // When
            var run = Mlops.Run("labels", "import", csv, "--log", log, "--config", model.Config);

            // Then
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains($"outcomes.csv:2:2: label '{outcome}' is not a finite number", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Store_A_Number_In_Round_Trip_Form_So_The_Same_Value_Written_Otherwise_Changes_Nothing()
        {
            // Given
            var log = new RegressionLogBuilder(model).Days(1).Write(Path.Combine(_folder, "predictions.sqlite"));
            var first = Mlops.Run("labels", "import", Write("first.csv", "request_id,label\nr0,151.0\n"), "--log", log, "--config", model.Config);

            // When
            var again = Mlops.Run("labels", "import", Write("again.csv", "request_id,label\nr0,1.51e2\n"), "--log", log, "--config", model.Config);

            // Then
            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.Contains("0 labels added, 0 changed, 1 already stored", again.Output, StringComparison.Ordinal);
            Assert.Equal("151", new PredictionLogReader(PredictionLogLocation.Sqlite(log)).ReadLabels()["r0"].Label);
        }

        [Fact]
        public void Should_Turn_Red_When_The_Outcomes_Stored_In_A_PostgreSQL_Log_Put_The_Rmse_Above_Monitor_Performance()
        {
            // Given: two days of the held-out rows in PostgreSQL, their outcomes imported there, 80 above the truth on
            // day 1, and production holding RMSE to the card's value plus 5
            var builder = new RegressionLogBuilder(model).Days(2);
            var (connectionString, uri) = TheLogOptionOnPostgres.Database(postgres, "regression");
            builder.WritePostgres(connectionString, uri);
            var rmse = JsonDocument.Parse(File.ReadAllText(Path.Combine(model.TrainFolder, "model-card.json"))).RootElement
                .GetProperty("metrics").GetProperty("rmse").GetDouble();
            var config = Write("mlops.yaml", TinyConfig.Diabetes($"monitor:\n  performance:\n    rmse: {{ max: {Math.Round(rmse + 5)} }}\n"));
            var labels = builder.WriteLabels(Path.Combine(_folder, "outcomes.csv"),
                (day, actual) => (day == 1 ? actual + 80 : actual).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            var import = Mlops.Run("labels", "import", labels, "--log", uri, "--config", config);

            // When
            var run = Mlops.Run("drift", "--config", config, "--reference", model.TrainFolder, "--out", OutFolder, "--log", uri, "--window", "1d");

            // Then
            Assert.True(import.ExitCode == 0, import.ToString());
            Assert.True(run.ExitCode == 1, run.ToString());
            var windows = JsonDocument.Parse(File.ReadAllText(Path.Combine(OutFolder, "drift.json"))).RootElement.GetProperty("windows");
            Assert.Equal(rmse, windows[0].GetProperty("performance").GetProperty("metrics").GetProperty("rmse").GetDouble(), 9);
            Assert.True(windows[0].GetProperty("performance").GetProperty("passed").GetBoolean());
            Assert.False(windows[1].GetProperty("performance").GetProperty("passed").GetBoolean());
            Assert.Equal("red", windows[1].GetProperty("level").GetString());
        }

        private string Write(string name, string text)
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllText(path, text);
            return path;
        }
    }
}
