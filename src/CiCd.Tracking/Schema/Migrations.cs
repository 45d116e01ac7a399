namespace CiCd.Tracking.Schema;

/// <summary>
/// The schema's history. The SQL is written once for both engines: TEXT, INTEGER, BIGINT and
/// DOUBLE PRECISION mean the same to SQLite and PostgreSQL, and times are ISO-8601 UTC text so they
/// sort the same everywhere. Never edit a released step: add a new one.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "experiments, runs, params, summary metrics, tags",
        [
            "CREATE TABLE experiments (name TEXT PRIMARY KEY, created_at TEXT NOT NULL)",
            """
            CREATE TABLE runs (
                run_id TEXT PRIMARY KEY,
                experiment TEXT NOT NULL REFERENCES experiments (name),
                status TEXT NOT NULL,
                started_at TEXT NOT NULL,
                ended_at TEXT,
                git_commit TEXT,
                git_branch TEXT,
                git_dirty INTEGER NOT NULL,
                user_name TEXT,
                tool_version TEXT,
                data_fingerprint TEXT,
                config_hash TEXT,
                error_message TEXT)
            """,
            "CREATE INDEX runs_by_experiment ON runs (experiment, started_at)",
            "CREATE TABLE params (run_id TEXT NOT NULL REFERENCES runs (run_id), name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (run_id, name))",
            "CREATE TABLE metrics (run_id TEXT NOT NULL REFERENCES runs (run_id), name TEXT NOT NULL, value DOUBLE PRECISION NOT NULL, PRIMARY KEY (run_id, name))",
            "CREATE TABLE tags (run_id TEXT NOT NULL REFERENCES runs (run_id), name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (run_id, name))",
        ]),
        new(2, "metric series (every cross-validation fold) and artefacts",
        [
            "CREATE TABLE metric_steps (run_id TEXT NOT NULL REFERENCES runs (run_id), name TEXT NOT NULL, step BIGINT NOT NULL, value DOUBLE PRECISION NOT NULL, PRIMARY KEY (run_id, name, step))",
            "CREATE TABLE artifacts (run_id TEXT NOT NULL REFERENCES runs (run_id), path TEXT NOT NULL, size_bytes BIGINT NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (run_id, path))",
        ]),
    ];

    public static int Latest => All[^1].Version;
}
