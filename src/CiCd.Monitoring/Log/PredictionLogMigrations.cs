using CiCd.Tracking.Schema;

namespace CiCd.Monitoring.Log;

/// <summary>
/// The prediction log's schema history, on SQLite and PostgreSQL alike: only the id column and the score's type are
/// written per engine; times stay ISO-8601 UTC text on both, so they sort as time and the window query uses the index.
/// The version is kept in its own table, so the log may share a database with the tracking store. Never edit a
/// released step: add one.
/// </summary>
internal static class PredictionLogMigrations
{
    /// <summary>The table holding the log's schema version.</summary>
    public const string VersionTable = "prediction_log_schema";

    /// <summary>The advisory lock migrations of the log take on PostgreSQL (not the tracking store's).</summary>
    public const long LockKey = 0x6d6c6f70736c6f67;

    /// <summary>The history on PostgreSQL (<paramref name="postgres"/>) or SQLite.</summary>
    public static SchemaHistory For(bool postgres)
    {
        var id = postgres ? "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY" : "id INTEGER PRIMARY KEY AUTOINCREMENT";
        var real = postgres ? "DOUBLE PRECISION" : "REAL";
        return new SchemaHistory("prediction log", VersionTable,
        [
            // A log the service wrote before it kept versions already has this table: IF NOT EXISTS takes it as it is.
            new(1, "predictions, indexed by model and time",
            [
                $"""
                CREATE TABLE IF NOT EXISTS predictions (
                    {id},
                    timestamp_utc TEXT NOT NULL,
                    model_name TEXT NOT NULL,
                    model_version TEXT NOT NULL,
                    request_id TEXT NOT NULL,
                    row_index INTEGER NOT NULL,
                    endpoint TEXT NOT NULL,
                    inputs_json TEXT NOT NULL,
                    label TEXT NOT NULL,
                    score {real} NOT NULL,
                    probabilities_json TEXT NOT NULL)
                """,
                "CREATE INDEX IF NOT EXISTS ix_predictions_model_time ON predictions (model_name, timestamp_utc)",
            ]),
            new(2, "the replica that answered, a time index for windows over every model, delayed labels, drift reports",
            [
                "ALTER TABLE predictions ADD COLUMN replica_id TEXT NOT NULL DEFAULT ''",
                "CREATE INDEX IF NOT EXISTS ix_predictions_time ON predictions (timestamp_utc)",
                "CREATE INDEX IF NOT EXISTS ix_predictions_request ON predictions (request_id)",
                "CREATE TABLE IF NOT EXISTS prediction_labels (request_id TEXT PRIMARY KEY, label TEXT NOT NULL, labelled_at TEXT NOT NULL)",
                $"CREATE TABLE IF NOT EXISTS drift_reports ({id}, generated_utc TEXT NOT NULL, report_json TEXT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS ix_drift_reports_time ON drift_reports (generated_utc)",
            ]),
            new(3, "a regression model's answer has no probabilities: probabilities_json may be null", NullableProbabilities(postgres, id)),
            new(4, "no model-and-time index (no query reads by model); on PostgreSQL a BRIN time index", CheaperIndexes(postgres)),
            new(5, "no request id index (labels import joins once per import); on PostgreSQL no id key", NoPerRowKeys(postgres)),
        ], "point --prediction-log (PredictionLog__Uri) at another log");
    }

    // Every index is paid by every logged row. No query filters by model, so that index goes. On PostgreSQL the append-only
    // table is in time order on disk, and a BRIN index (a few pages of block ranges) finds a window's rows for a fraction
    // of a B-tree's cost per insert; autosummarize keeps new ranges indexed without waiting for a VACUUM. SQLite has no
    // BRIN and keeps its B-tree.
    private static string[] CheaperIndexes(bool postgres) => postgres
        ?
        [
            "DROP INDEX IF EXISTS ix_predictions_model_time",
            "DROP INDEX IF EXISTS ix_predictions_time",
            "CREATE INDEX ix_predictions_time ON predictions USING brin (timestamp_utc) WITH (autosummarize = on)",
        ]
        : ["DROP INDEX IF EXISTS ix_predictions_model_time"];

    // Every logged row paid for two B-trees no query needs (on PostgreSQL about a third of the server's CPU per row, see
    // docs/monitoring.md). The request id's served only `labels import`'s check that a label's request is in the log,
    // which now joins the file's ids to the log once per import (a scan of the log, not a lookup per label); drift,
    // snapshots and the dashboard read a window by time and join its labels in memory. The id's primary key served
    // only as the reader's tie-break between rows of the same millisecond, which request id and row index give as well.
    // Dropping a column is a catalog change on PostgreSQL (no rewrite). SQLite's id is the rowid, the table's own key,
    // with no index of its own: dropping it would rewrite the file for nothing, so it stays.
    private static string[] NoPerRowKeys(bool postgres) => postgres
        ? ["DROP INDEX IF EXISTS ix_predictions_request", "ALTER TABLE predictions DROP COLUMN IF EXISTS id"]
        : ["DROP INDEX IF EXISTS ix_predictions_request"];

    // SQLite cannot drop a NOT NULL constraint: the table is rebuilt with the same columns, rows and ids, and its indexes
    // are made again (dropping a table drops them).
    private static string[] NullableProbabilities(bool postgres, string id) => postgres
        ? ["ALTER TABLE predictions ALTER COLUMN probabilities_json DROP NOT NULL"]
        :
        [
            $"""
            CREATE TABLE predictions_v3 (
                {id},
                timestamp_utc TEXT NOT NULL,
                model_name TEXT NOT NULL,
                model_version TEXT NOT NULL,
                request_id TEXT NOT NULL,
                row_index INTEGER NOT NULL,
                endpoint TEXT NOT NULL,
                inputs_json TEXT NOT NULL,
                label TEXT NOT NULL,
                score REAL NOT NULL,
                probabilities_json TEXT,
                replica_id TEXT NOT NULL DEFAULT '')
            """,
            // rowid is the service table's id; a log first written to the minimal layout has rowids and may have NULL labels.
            "INSERT INTO predictions_v3 SELECT rowid, timestamp_utc, model_name, model_version, request_id, row_index, endpoint, inputs_json, " +
            "COALESCE(label, ''), score, probabilities_json, replica_id FROM predictions",
            "DROP TABLE predictions",
            "ALTER TABLE predictions_v3 RENAME TO predictions",
            "CREATE INDEX ix_predictions_model_time ON predictions (model_name, timestamp_utc)",
            "CREATE INDEX ix_predictions_time ON predictions (timestamp_utc)",
            "CREATE INDEX ix_predictions_request ON predictions (request_id)",
        ];
}
