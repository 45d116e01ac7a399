using CiCd.Cli.Tests.Fixtures;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class DriftCommandTests
{
    [Collection(SharedTrainedModel.Name)]
    public sealed class TheLabelsOption(TrainedModel model) : WithTheTrainedModel(model)
    {
        [Fact]
        public void Should_Score_Labelled_Predictions_Against_The_Gates()
        {
            // Given: one day of the held-out rows, each labelled with its true class.
            var builder = new PredictionLogBuilder(Model).HeldOutRowsOnly().Days(1, 200);
            var log = Log(builder);
            var labels = builder.WriteLabels(Path.Combine(Folder, "labels.csv"));

            // When
            var run = Drift("--log", log, "--labels", labels);

            // Then: the same rows as the test split, so the same metrics as the model card.
            Assert.True(run.ExitCode == 0, run.ToString());
            var performance = Report().GetProperty("performance");
            Assert.True(performance.GetProperty("scored").GetBoolean());
            Assert.Equal(200, performance.GetProperty("labelled_rows").GetInt32());
            var card = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Model.TrainFolder, "model-card.json"))).RootElement;
            Assert.Equal(card.GetProperty("metrics").GetProperty("roc_auc").GetDouble(), performance.GetProperty("metrics").GetProperty("roc_auc").GetDouble(), 9);
            Assert.All(performance.GetProperty("checks").EnumerateArray(), c => Assert.True(c.GetProperty("passed").GetBoolean()));
        }

        [Fact]
        public void Should_Be_Red_With_Exit_1_When_Labelled_Performance_Falls_Below_The_Gates()
        {
            // Given: the labels say the opposite of the truth, as after a change in what "bad" means.
            var builder = new PredictionLogBuilder(Model).HeldOutRowsOnly().Days(2, 200);
            var log = Log(builder);
            var labels = builder.WriteLabels(Path.Combine(Folder, "labels.csv"), wrong: true);

            // When
            var run = Drift("--log", log, "--window", "1d", "--labels", labels);

            // Then
            Assert.True(run.ExitCode == 1, run.ToString());
            var report = Report();
            Assert.Equal("red", report.GetProperty("alert").GetProperty("level").GetString());
            Assert.Contains("below the gates", report.GetProperty("alert").GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.All(report.GetProperty("windows").EnumerateArray(), w => Assert.False(w.GetProperty("performance").GetProperty("checks")[0].GetProperty("passed").GetBoolean()));
        }
    }
}
