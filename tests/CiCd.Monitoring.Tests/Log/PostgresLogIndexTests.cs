using System.Globalization;
using System.Text.RegularExpressions;
using CiCd.Monitoring.Log;
using CiCd.Testing.Postgres;
using Npgsql;

namespace CiCd.Monitoring.Tests.Log;

/// <summary>
/// The PostgreSQL log's indexes: what every logged row pays for (a BRIN time index, nothing else since schema 5) and what
/// a window query still gets from it (it reads the window's block ranges, not the table).
/// </summary>
public sealed partial class PostgresLogIndexTests
{
    // 50,000 rows, one a second, of about 300 bytes: some 2,000 pages, 16 BRIN block ranges.
    private const string Rows = """
        INSERT INTO predictions (timestamp_utc, model_name, model_version, request_id, row_index, endpoint, inputs_json, label, score, probabilities_json, replica_id)
        SELECT to_char(timestamp '2026-12-01' + g * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'credit', '3', 'r' || g, 0, 'predict',
               repeat('x', 200), 'good', 0.5, '{}', 'a'
        FROM generate_series(1, 50000) g
        """;

    public sealed class TheMigrateMethod
    {
        [Fact]
        public void Should_Upgrade_A_Version_3_Log_To_A_BRIN_Time_Index_Without_The_Model_Index_Keeping_Its_Rows()
        {
            // Given: a log at version 3 (B-tree time and model-and-time indexes) holding rows
            using var server = PostgresInstance.Start();
            var log = PredictionLogLocation.Parse(server.CreateDatabase("version_3"), "test", commandLine: false);
            PredictionLogDatabase.Migrate(log);
            Execute(log, "DROP INDEX ix_predictions_time; CREATE INDEX ix_predictions_time ON predictions (timestamp_utc); " +
                "CREATE INDEX ix_predictions_model_time ON predictions (model_name, timestamp_utc); UPDATE prediction_log_schema SET version = 3; " +
                Rows.Replace("50000", "10", StringComparison.Ordinal));

            // When
            var version = PredictionLogDatabase.Migrate(log);

            // Then
            Assert.Equal(5, version);
            Assert.Equal(["ix_predictions_time brin"], Indexes(log));
            Assert.Equal(10, new PredictionLogReader(log).Read(null, null).Count);
        }

        [Fact]
        public void Should_Drop_The_Request_Id_Index_And_The_Id_Key_Of_A_Version_4_Log_Keeping_Its_Rows_In_Time_Order()
        {
            // Given: a log at version 4 (a request id B-tree, an identity primary key) holding rows
            using var server = PostgresInstance.Start();
            var log = PredictionLogLocation.Parse(server.CreateDatabase("version_4"), "test", commandLine: false);
            PredictionLogDatabase.Migrate(log);
            Execute(log, "ALTER TABLE predictions ADD COLUMN id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY; " +
                "CREATE INDEX ix_predictions_request ON predictions (request_id); UPDATE prediction_log_schema SET version = 4; " +
                Rows.Replace("50000", "10", StringComparison.Ordinal).Replace("+ g *", "+ (11 - g) *", StringComparison.Ordinal));

            // When
            var version = PredictionLogDatabase.Migrate(log);

            // Then
            Assert.Equal(5, version);
            Assert.Equal(["ix_predictions_time brin"], Indexes(log));
            Assert.Empty(Query(log, "SELECT column_name::text FROM information_schema.columns WHERE table_name = 'predictions' AND column_name = 'id'"));
            Assert.Equal(Enumerable.Range(1, 10).Select(g => $"r{11 - g}"), new PredictionLogReader(log).Read(null, null).Select(r => r.RequestId));
        }
    }

    public sealed class TheWindowQuery
    {
        [Fact]
        public void Should_Read_A_Window_Through_The_Time_Index_Not_The_Whole_Table()
        {
            // Given: a log of 50,000 rows; autovacuum summarizes new block ranges (autosummarize), here done at once
            using var server = PostgresInstance.Start();
            var log = PredictionLogLocation.Parse(server.CreateDatabase("window"), "test", commandLine: false);
            PredictionLogDatabase.Migrate(log);
            Execute(log, Rows + "; ANALYZE predictions; SELECT brin_summarize_new_values('ix_predictions_time')");
            var pages = long.Parse(Query(log, "SELECT (pg_relation_size('predictions') / current_setting('block_size')::int)::text")[0], CultureInfo.InvariantCulture);

            // When: the reader's query for one hour of the 14 hours
            var plan = string.Join("\n", Query(log, "EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) SELECT * FROM predictions " +
                "WHERE timestamp_utc >= '2026-12-01T05:00:00.000Z' AND timestamp_utc < '2026-12-01T06:00:00.000Z' ORDER BY timestamp_utc, request_id, row_index"));

            // Then
            Assert.Contains("Bitmap Index Scan on ix_predictions_time", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
            var read = long.Parse(HeapBlocks().Match(plan).Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.True(read < pages / 4, $"read {read} of {pages} pages:\n{plan}");
        }
    }

    private static List<string> Indexes(PredictionLogLocation log) =>
        Query(log, "SELECT indexname || ' ' || substring(indexdef from 'USING (\\w+)') FROM pg_indexes WHERE tablename = 'predictions' ORDER BY 1");

    [GeneratedRegex(@"Heap Blocks: lossy=(\d+)")]
    private static partial Regex HeapBlocks();

    private static void Execute(PredictionLogLocation log, string sql)
    {
        using var connection = new NpgsqlConnection(log.Store.Target);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static List<string> Query(PredictionLogLocation log, string sql)
    {
        using var connection = new NpgsqlConnection(log.Store.Target);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }
        return lines;
    }
}
