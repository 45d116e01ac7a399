using CiCd.Cli.Tests.Fixtures;
using CiCd.Monitoring.Log;
using CiCd.Testing;
using Microsoft.Data.Sqlite;

namespace CiCd.Cli.Tests.Commands.Labels;

public sealed class LabelsImportCommandTests
{
    public sealed class TheImportCommand : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly string _config;
        private readonly string _log;

        public TheImportCommand()
        {
            CsvBuilder.Tiny(20).WriteTo(_folder);
            _config = new ConfigBuilder().WriteTo(_folder);
            _log = _folder.PathOf("predictions.sqlite");
            PredictionLogDatabase.Migrate(PredictionLogLocation.Sqlite(_log));
            Execute("INSERT INTO predictions (timestamp_utc, model_name, model_version, request_id, row_index, endpoint, inputs_json, label, score, probabilities_json, replica_id) " +
                "VALUES ('2026-12-01T00:00:00.000Z', 'tiny', '1', 'r1', 0, 'predict', '{}', 'good', 0.2, '{}', 'a'), " +
                "('2026-12-01T00:00:01.000Z', 'tiny', '1', 'r2', 0, 'predict', '{}', 'bad', 0.8, '{}', 'b')");
        }

        [Fact]
        public void Should_Store_Labels_By_Request_Id_And_Change_Nothing_When_Imported_Again()
        {
            // Given
            var csv = _folder.Write("outcomes.csv", "request_id,label\nr1,bad\nr2,bad\n");
            var first = Mlops.Run("labels", "import", csv, "--log", _log, "--config", _config);

            // When
            var again = Mlops.Run("labels", "import", csv, "--log", _log, "--config", _config);

            // Then
            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.Contains("2 labels added", first.Output, StringComparison.Ordinal);
            Assert.True(again.ExitCode == 0, again.ToString());
            Assert.Contains("0 labels added, 0 changed, 2 already stored", again.Output, StringComparison.Ordinal);
            var labels = new PredictionLogReader(PredictionLogLocation.Sqlite(_log)).ReadLabels();
            Assert.Equal(["bad", "bad"], labels.Values.OrderBy(l => l.RequestId).Select(l => l.Label));
        }

        [Fact]
        public void Should_Replace_A_Stored_Label_With_A_New_One()
        {
            // Given
            var first = _folder.Write("first.csv", "request_id,label\nr1,bad\n");
            Assert.Equal(0, Mlops.Run("labels", "import", first, "--log", _log, "--config", _config).ExitCode);
            var corrected = _folder.Write("corrected.csv", "request_id,label\nr1,good\n");

            // When
            var run = Mlops.Run("labels", "import", corrected, "--log", _log, "--config", _config);

            // Then
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("0 labels added, 1 changed", run.Output, StringComparison.Ordinal);
            Assert.Equal("good", new PredictionLogReader(PredictionLogLocation.Sqlite(_log)).ReadLabels()["r1"].Label);
        }

        [Fact]
        public void Should_Name_The_Line_Of_A_Request_Labelled_Twice()
        {
            // Given
            var csv = _folder.Write("outcomes.csv", "request_id,label\nr1,good\nr1,bad\n");

            // When
            var run = Mlops.Run("labels", "import", csv, "--log", _log, "--config", _config);

            // Then
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("outcomes.csv:3", run.Error, StringComparison.Ordinal);
            Assert.Contains("'r1' is labelled twice (first on line 2)", run.Error, StringComparison.Ordinal);
            Assert.Empty(new PredictionLogReader(PredictionLogLocation.Sqlite(_log)).ReadLabels());
        }

        [Fact]
        public void Should_Report_Request_Ids_The_Log_Does_Not_Hold_And_Exit_1()
        {
            // Given
            var csv = _folder.Write("outcomes.csv", "request_id,label\nr1,good\nnobody,bad\n");

            // When
            var run = Mlops.Run("labels", "import", csv, "--log", _log, "--config", _config);

            // Then
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("1 request id is not in the log (not stored): nobody", run.Output, StringComparison.Ordinal);
            Assert.Equal(["r1"], new PredictionLogReader(PredictionLogLocation.Sqlite(_log)).ReadLabels().Keys);
        }

        [Fact]
        public void Should_Name_The_File_And_Line_Of_A_Label_That_Is_Not_A_Class()
        {
            // Given
            var csv = _folder.Write("outcomes.csv", "request_id,label\nr1,good\nr2,maybe\n");

            // When
            var run = Mlops.Run("labels", "import", csv, "--log", _log, "--config", _config);

            // Then: nothing stored
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("outcomes.csv:3", run.Error, StringComparison.Ordinal);
            Assert.Contains("'maybe' is not one of the model's classes", run.Error, StringComparison.Ordinal);
            Assert.Empty(new PredictionLogReader(PredictionLogLocation.Sqlite(_log)).ReadLabels());
        }

        [Fact]
        public void Should_Name_The_Columns_A_File_Lacks()
        {
            // Given
            var csv = _folder.Write("outcomes.csv", "id,outcome\nr1,good\n");

            // When
            var run = Mlops.Run("labels", "import", csv, "--log", _log, "--config", _config);

            // Then
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("outcomes.csv:1", run.Error, StringComparison.Ordinal);
            Assert.Contains("request_id and label", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_A_Log_File_That_Is_Not_A_Database_And_Leave_It_Unchanged()
        {
            // Given
            var csv = _folder.Write("outcomes.csv", "request_id,label\nr1,good\n");
            var notALog = _folder.Write("notes.sqlite", "not a database\n");

            // When
            var run = Mlops.Run("labels", "import", csv, "--log", notALog, "--config", _config);

            // Then: an input error naming the file, not "a bug in mlops"
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("notes.sqlite: cannot be used as the prediction log: SQLite Error 26", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("bug", run.Error, StringComparison.Ordinal);
            Assert.Equal("not a database\n", File.ReadAllText(notALog));
        }

        public void Dispose() => _folder.Dispose();

        private void Execute(string sql)
        {
            using var connection = new SqliteConnection($"Data Source={_log};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
