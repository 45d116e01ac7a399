using CiCd.Errors;
using CiCd.Monitoring.Log;
using Microsoft.Data.Sqlite;

namespace CiCd.Monitoring.Tests.Log;

public sealed class PredictionLogDatabaseTests
{
    public sealed class TheMigrateMethod : IDisposable
    {
        // The table as the service created it before the log kept a schema version.
        private const string Unversioned = """
            CREATE TABLE predictions (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp_utc TEXT NOT NULL, model_name TEXT NOT NULL,
                model_version TEXT NOT NULL, request_id TEXT NOT NULL, row_index INTEGER NOT NULL, endpoint TEXT NOT NULL,
                inputs_json TEXT NOT NULL, label TEXT NOT NULL, score REAL NOT NULL, probabilities_json TEXT NOT NULL);
            INSERT INTO predictions (timestamp_utc, model_name, model_version, request_id, row_index, endpoint, inputs_json, label, score, probabilities_json)
                VALUES ('2026-11-01T10:00:00.000Z', 'credit', '3', 'old', 0, 'predict', '{}', 'good', 0.1, '{}');
            """;

        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mlops-log-");

        public void Dispose() => _folder.Delete(recursive: true);

        [Fact]
        public void Should_Give_A_Log_Written_Before_Versions_The_Replica_Column_And_Keep_Its_Rows()
        {
            // Given
            var path = Path.Combine(_folder.FullName, "old.sqlite");
            Execute(path, Unversioned);

            // When
            var version = PredictionLogDatabase.Migrate(PredictionLogLocation.Sqlite(path));

            // Then
            Assert.Equal(5, version);
            var record = Assert.Single(new SqlitePredictionLog(path).Read(null, null));
            Assert.Equal("old", record.RequestId);
            Assert.Equal("", record.ReplicaId);
            Assert.Empty(new PredictionLogReader(PredictionLogLocation.Sqlite(path)).ReadLabels());
        }

        [Fact]
        public void Should_Migrate_A_Log_Written_To_The_Minimal_Documented_Layout_Keeping_Its_Rows_In_Order()
        {
            // Given: another writer's log in PredictionLogLayout.CreateTable's layout, one row without probabilities
            var path = Path.Combine(_folder.FullName, "minimal.sqlite");
            Execute(path, PredictionLogLayout.CreateTable +
                "INSERT INTO predictions VALUES ('2026-11-01T10:00:00.000Z', 'credit', '3', 'first', '{}', 'good', '{\"good\":0.9,\"bad\":0.1}');" +
                "INSERT INTO predictions VALUES ('2026-11-01T10:00:01.000Z', 'diabetes', '1', 'second', '{}', '151.5', NULL);");

            // When
            var version = PredictionLogDatabase.Migrate(PredictionLogLocation.Sqlite(path));

            // Then
            Assert.Equal(5, version);
            var records = new SqlitePredictionLog(path).Read(null, null);
            Assert.Equal(["first", "second"], records.Select(r => r.RequestId));
            Assert.Equal(("151.5", null), (records[1].OutputLabel, records[1].OutputJson));
        }

        [Fact]
        public void Should_Refuse_A_Log_Of_A_Newer_Schema_For_Writing_And_Reading()
        {
            // Given
            var path = Path.Combine(_folder.FullName, "newer.sqlite");
            PredictionLogDatabase.Migrate(PredictionLogLocation.Sqlite(path));
            Execute(path, "UPDATE prediction_log_schema SET version = 99");

            // When
            var writing = Assert.Throws<MlopsException>(() => PredictionLogDatabase.Migrate(PredictionLogLocation.Sqlite(path)));
            var reading = Assert.Throws<InputException>(() => new SqlitePredictionLog(path).Read(null, null));

            // Then
            Assert.Equal(ExitCodes.InputError, writing.ExitCode);
            Assert.Contains("prediction log", writing.Message, StringComparison.Ordinal);
            Assert.Contains("schema version 99, newer than version 5", writing.Message, StringComparison.Ordinal);
            Assert.Contains("schema version 99, newer than version 5", reading.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Drop_The_Request_Id_Index_Of_A_Version_4_Log_Keeping_Its_Rows()
        {
            // Given: a log at version 4, which kept a B-tree of request ids
            var path = Path.Combine(_folder.FullName, "version4.sqlite");
            PredictionLogDatabase.Migrate(PredictionLogLocation.Sqlite(path));
            Execute(path, "CREATE INDEX IF NOT EXISTS ix_predictions_request ON predictions (request_id); UPDATE prediction_log_schema SET version = 4; " +
                "INSERT INTO predictions (timestamp_utc, model_name, model_version, request_id, row_index, endpoint, inputs_json, label, score, probabilities_json) " +
                "VALUES ('2026-11-01T10:00:00.000Z', 'credit', '3', 'kept', 0, 'predict', '{}', 'good', 0.1, '{}')");

            // When
            var version = PredictionLogDatabase.Migrate(PredictionLogLocation.Sqlite(path));

            // Then
            Assert.Equal(5, version);
            Assert.Equal(["ix_predictions_time"], Indexes(path));
            Assert.Equal("kept", Assert.Single(new SqlitePredictionLog(path).Read(null, null)).RequestId);
        }

        [Fact]
        public void Should_Read_A_Window_Through_The_Time_Index()
        {
            // Given
            var path = Path.Combine(_folder.FullName, "indexed.sqlite");
            PredictionLogDatabase.Migrate(PredictionLogLocation.Sqlite(path));

            // When
            var plan = Plan(path, "SELECT * FROM predictions WHERE timestamp_utc >= '2026-11-01' AND timestamp_utc < '2026-11-02' ORDER BY timestamp_utc, rowid");

            // Then
            Assert.Contains("USING INDEX ix_predictions_time", plan, StringComparison.Ordinal);
        }

        private static string Plan(string path, string query)
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + query;
            using var reader = command.ExecuteReader();
            var steps = new List<string>();
            while (reader.Read())
            {
                steps.Add(reader.GetString(3));
            }
            return string.Join("\n", steps);
        }

        private static List<string> Indexes(string path)
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'predictions' AND sql IS NOT NULL ORDER BY name";
            using var reader = command.ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
            return names;
        }

        private static void Execute(string path, string sql)
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
