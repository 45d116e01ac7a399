using CiCd.Cli.Tests.Fixtures;
using CiCd.Monitoring.Log;
using Microsoft.Data.Sqlite;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class DriftCommandTests
{
    [Collection(SharedTrainedModel.Name)]
    public sealed class TheBadInputHandling(TrainedModel model) : WithTheTrainedModel(model)
    {
        private static void AssertInputError(MlopsRun run, params string[] phrases)
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.All(phrases, p => Assert.Contains(p, run.Error, StringComparison.Ordinal));
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_Columns_Missing_From_The_Current_Data()
        {
            // Given
            var current = CurrentCsv.Edited(Folder, "age", _ => null, drop: true);

            // When
            var run = Drift("--current", current);

            // Then
            AssertInputError(run, "lacks the column age", "ignore");
        }

        [Fact]
        public void Should_Reject_A_Column_Whose_Every_Value_Is_Missing()
        {
            // Given
            var current = CurrentCsv.Edited(Folder, "credit_amount", _ => "");

            // When
            var run = Drift("--current", current);

            // Then
            AssertInputError(run, "'credit_amount' has no values", "all missing");
        }

        [Fact]
        public void Should_Reject_A_Column_Stuck_On_A_Single_Value()
        {
            // Given
            var current = CurrentCsv.Edited(Folder, "duration", _ => "24");

            // When
            var run = Drift("--current", current);

            // Then
            AssertInputError(run, "'duration' holds the single value '24'", "stuck");
        }

        [Fact]
        public void Should_Reject_A_Window_Without_Predictions()
        {
            // Given
            var log = Log(new PredictionLogBuilder(Model).Days(1, 200));

            // When
            var run = Drift("--log", log, "--window", "1d", "--since", "2027-01-01");

            // Then
            AssertInputError(run, "no predictions from 2027-01-01 00:00 UTC on");
        }

        [Fact]
        public void Should_Reject_A_Reference_Without_The_Recorded_Schema()
        {
            // Given
            var profile = Path.Combine(Folder, "reference-profile.json");
            File.WriteAllText(profile, """{"formatVersion":1,"rowCount":800,"columns":[],"options":{}}""");

            // When
            var run = Mlops.Run("drift", "--config", Model.Config, "--reference", profile, "--current", Repository.GermanCredit, "--out", OutFolder);

            // Then
            AssertInputError(run, "records no schema");
        }

        [Fact]
        public void Should_Explain_How_To_Get_A_Reference_When_The_Folder_Has_None()
        {
            // Given
            var empty = Directory.CreateDirectory(Path.Combine(Folder, "old-train")).FullName;

            // When
            var run = Mlops.Run("drift", "--config", Model.Config, "--reference", empty, "--current", Repository.GermanCredit, "--out", OutFolder);

            // Then
            AssertInputError(run, "no reference profile", "mlops train");
        }

        [Fact]
        public void Should_Ask_For_Exactly_One_Source_Of_Current_Data()
        {
            // When
            var run = Drift();

            // Then
            AssertInputError(run, "--current", "--log");
        }

        [Fact]
        public void Should_Reject_A_Window_Size_It_Cannot_Read()
        {
            // Given
            var log = Log(new PredictionLogBuilder(Model).Days(1, 200));

            // When
            var run = Drift("--log", log, "--window", "3x");

            // Then
            AssertInputError(run, "'3x' is not a window size");
        }

        [Fact]
        public void Should_Reject_Windows_Over_A_Csv_Without_Time()
        {
            // When
            var run = Drift("--current", Repository.GermanCredit, "--window", "1d");

            // Then
            AssertInputError(run, "time-stamped rows");
        }

        [Fact]
        public void Should_Name_The_Expected_Layout_When_The_Log_Has_No_Predictions_Table()
        {
            // Given
            var log = Path.Combine(Folder, "other.sqlite");
            using (var connection = new SqliteConnection($"Data Source={log};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "CREATE TABLE requests (id TEXT)";
                command.ExecuteNonQuery();
            }

            // When
            var run = Drift("--log", log);

            // Then
            AssertInputError(run, $"no table '{PredictionLogLayout.Table}'", PredictionLogLayout.InputsJson);
        }

        [Fact]
        public void Should_Name_File_Line_And_Column_Of_A_Number_That_Is_Not_One()
        {
            // Given
            var current = CurrentCsv.Edited(Folder, "age", row => row == 4 ? "forty" : "40");

            // When
            var run = Drift("--current", current);

            // Then
            AssertInputError(run, ":6:13:", "'forty' is not a number");
        }

        [Fact]
        public void Should_Reject_Labels_That_Match_No_Request()
        {
            // Given
            var log = Log(new PredictionLogBuilder(Model).Days(1, 200));
            var labels = Path.Combine(Folder, "labels.csv");
            File.WriteAllText(labels, "request_id,label\nnope-1,good\nnope-2,bad\n");

            // When
            var run = Drift("--log", log, "--labels", labels);

            // Then
            AssertInputError(run, "none of the 2 labels matches");
        }

        [Fact]
        public void Should_Point_At_The_Line_Of_A_Bad_Drift_Setting()
        {
            // Given
            var config = Path.Combine(Folder, "mlops.yaml");
            File.WriteAllText(config, TinyConfig.Text("drift:\n  share: 1.5\n"));
            var line = File.ReadAllLines(config).ToList().FindIndex(l => l.StartsWith("  share: 1.5", StringComparison.Ordinal)) + 1;

            // When
            var run = Mlops.Run("drift", "--config", config, "--reference", Model.TrainFolder, "--current", Repository.GermanCredit, "--out", OutFolder);

            // Then
            AssertInputError(run, $"mlops.yaml:{line}:10: drift.share: expected a share in (0, 1]");
        }
    }
}
