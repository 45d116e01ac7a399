using System.Text.RegularExpressions;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class TrainCommandTests
{
    private static MlopsRun Train(TempFolder folder, params string[] extra) =>
        Mlops.Run(["train", "--config", folder.PathOf("mlops.yaml"), "--out", folder.PathOf("out"), "--cache", folder.PathOf("cache"), .. extra]);

    public sealed class TheTrainAction(TrainedByCliFixture trained) : IClassFixture<TrainedByCliFixture>
    {
        [Fact]
        public void Should_Exit_0()
        {
            // Given
            var run = trained.First;

            // When
            var exitCode = run.ExitCode;

            // Then
            Assert.True(exitCode == ExitCodes.Ok, run.ToString());
        }

        [Fact]
        public void Should_Write_The_Model_The_Card_And_The_Evaluation_Files()
        {
            // Given
            var output = trained.Folder.FilesIn("out");

            // When
            var missing = TrainingFiles.All.Except(output);

            // Then
            Assert.Empty(missing);
            Assert.Contains("## ", File.ReadAllText(trained.Folder.PathOf("out/" + TrainingFiles.CardMarkdown)), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Print_A_Json_Result()
        {
            // Given
            var run = trained.First;

            // When
            var json = run.Json();

            // Then
            Assert.False(json.GetProperty("cached").GetBoolean());
            Assert.StartsWith("logistic_regression(", json.GetProperty("selected").GetString(), StringComparison.Ordinal);
            Assert.InRange(json.GetProperty("metrics").GetProperty("roc_auc").GetDouble(), 0, 1);
            Assert.Equal(trained.Folder.PathOf("out/model.zip"), json.GetProperty("model_path").GetString());
        }

        [Fact]
        public void Should_Print_The_Metrics_Of_The_Card_It_Wrote()
        {
            // Given
            var card = JsonReport.Read<ModelCard>(trained.Folder.PathOf("out/" + TrainingFiles.CardJson));

            // When
            var printed = trained.First.Json().GetProperty("metrics").GetProperty("roc_auc").GetDouble();

            // Then
            Assert.Equal(card.Metrics["roc_auc"], printed);
        }

        [Fact]
        public void Should_Say_Cached_When_Nothing_Changed()
        {
            // Given
            var first = trained.First.Json();

            // When
            var second = trained.Train("again", "--json").Json();

            // Then
            Assert.True(second.GetProperty("cached").GetBoolean());
            Assert.Equal(first.GetProperty("run_id").GetString(), second.GetProperty("run_id").GetString());
        }

        [Fact]
        public void Should_Print_The_Candidates_And_Test_Metrics_As_Tables()
        {
            // Given
            const string output = "tables";

            // When
            var run = trained.Train(output);

            // Then
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Contains("Top candidates by cross-validated roc_auc", run.Output, StringComparison.Ordinal);
            Assert.Contains("cached run", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Print_The_Selected_Candidates_Whole_Name()
        {
            // Given: the name and the old title around it are wider than the metrics table, whose title used to cut them
            var run = trained.Train("selected");
            var selected = JsonReport.Read<ModelCard>(trained.Folder.PathOf("selected/" + TrainingFiles.CardJson)).Selected;

            // Then
            Assert.Contains($"selected {selected}\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Print_Rows_Per_Second_And_The_Time_Left_On_Every_Fold_As_Plain_Text()
        {
            // Given output that is not a terminal, as in CI
            var run = trained.TrainWithCache("paced", "paced-cache", "--no-cache");

            // When
            var folds = run.Output.ReplaceLineEndings("\n").Split('\n').Where(l => l.Contains(" fold ", StringComparison.Ordinal)).ToList();

            // Then
            Assert.NotEmpty(folds);
            // "[k/n] trainer fold f/F 0.4s, 41,212 rows/s, ETA 4m 12s": the unit's own seconds, then the run's pace.
            Assert.All(folds, line => Assert.Matches(@"fold \d+/\d+ [\d.]+s, [\d,]+ rows/s, ETA \d+(s|m \d\ds|h \d\dm)$", line));
            Assert.DoesNotContain('\u001b', run.Output);
        }

        [Fact]
        public void Should_Print_The_Time_Left_On_The_Steps_After_The_Folds()
        {
            // Given
            var run = trained.TrainWithCache("paced-tail", "paced-tail-cache", "--no-cache");

            // When
            var lines = run.Output.ReplaceLineEndings("\n").Split('\n');

            // Then the refit and the test carry the run's time left, so the last fold's ETA is not the end of the estimate
            Assert.Single(lines, l => Regex.IsMatch(l, @"^refitting .* on \d+ rows, ETA \d+(s|m \d\ds|h \d\dm)$"));
            Assert.Single(lines, l => Regex.IsMatch(l, @"^testing on \d+ rows, writing the model and evaluation, ETA \d+(s|m \d\ds|h \d\dm)$"));
        }

        [Fact]
        public void Should_Train_Again_With_No_Cache()
        {
            // Given
            const string output = "fresh";

            // When
            var run = trained.TrainWithCache(output, "other-cache", "--json", "--no-cache");

            // Then
            Assert.False(run.Json().GetProperty("cached").GetBoolean());
        }
    }

    public sealed class TheTrainActionOnBadInput
    {
        [Fact]
        public void Should_Exit_2_Before_Training_When_The_Tracking_Store_Is_A_Directory()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().TopLevel("tracking: {uri: store.db}").WriteTo(folder);
            CsvBuilder.Tiny(40).WriteTo(folder);
            Directory.CreateDirectory(folder.PathOf("store.db"));

            // When
            var run = Train(folder);

            // Then
            Assert.True(run.ExitCode == ExitCodes.InputError, run.ToString());
            Assert.Contains("the experiment store cannot be opened", run.Error, StringComparison.Ordinal);
            Assert.Contains("store.db", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder.PathOf("out")), "training ran although the store could not record it");
        }

        [Fact]
        public void Should_Exit_1_When_The_Data_Fails_Validation()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            CsvBuilder.Tiny(40).WithValue(0, "x", "500").WriteTo(folder);

            // When
            var run = Train(folder);

            // Then
            Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
            Assert.Contains("data invalid", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_On_Malformed_Csv_Naming_File_And_Line()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            var data = folder.Write("data.csv", "x,colour,label\n1,red,good\n2,blue,bad,extra\n");

            // When
            var run = Train(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains($"{data}:3:", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_On_An_Unknown_Trainer_Naming_File_And_Line()
        {
            // Given
            using var folder = new TempFolder();
            var config = new ConfigBuilder().Candidates("- trainer: deep_forest");
            var path = config.WriteTo(folder);
            CsvBuilder.Tiny(40).WriteTo(folder);

            // When
            var run = Train(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains($"{path}:{ConfigBuilder.LineOf(config.Build(), "deep_forest")}:", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Leave_No_Output_When_The_Input_Is_Bad()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().WriteTo(folder);
            folder.Write("data.csv", "x,colour,label\n1,red,good\n2,bl\"ue,bad\n");

            // When
            Train(folder);

            // Then: no outputs; the only new files are the experiment store's record of the failed run.
            Assert.Equal(["data.csv", "mlops.yaml"], folder.FilesIn().Where(f => !f.StartsWith(".mlops/", StringComparison.Ordinal)));
        }
    }
}
