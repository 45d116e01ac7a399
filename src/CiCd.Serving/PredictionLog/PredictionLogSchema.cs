namespace CiCd.Serving.PredictionLog;

/// <summary>
/// The prediction log's table, the contract with the drift monitor. One row per logged prediction:
/// <list type="bullet">
/// <item><c>id</c> INTEGER: insertion order.</item>
/// <item><c>timestamp_utc</c> TEXT: ISO 8601 with offset, when the request was scored.</item>
/// <item><c>model_name</c>, <c>model_version</c> TEXT: which model answered.</item>
/// <item><c>request_id</c> TEXT and <c>row_index</c> INTEGER: the request (X-Request-Id or the server's id) and the row within it.</item>
/// <item><c>endpoint</c> TEXT: predict, batch or invocations.</item>
/// <item><c>inputs_json</c> TEXT: the row as a JSON object keyed by feature name (null for missing values).</item>
/// <item><c>label</c> TEXT, <c>score</c> REAL: the decided class and its score (binary: positive-class probability).</item>
/// <item><c>probabilities_json</c> TEXT: a JSON object of class → probability.</item>
/// </list>
/// </summary>
public static class PredictionLogSchema
{
    /// <summary>The table name.</summary>
    public const string Table = "predictions";

    /// <summary>
    /// Creates the table and its time index when absent. WAL lets the drift monitor read while the service writes;
    /// synchronous=NORMAL makes a commit a write to the WAL file, without waiting for the disk (a killed process
    /// loses nothing committed, a power loss may lose the last commits).
    /// </summary>
    public const string Create = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS predictions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            timestamp_utc TEXT NOT NULL,
            model_name TEXT NOT NULL,
            model_version TEXT NOT NULL,
            request_id TEXT NOT NULL,
            row_index INTEGER NOT NULL,
            endpoint TEXT NOT NULL,
            inputs_json TEXT NOT NULL,
            label TEXT NOT NULL,
            score REAL NOT NULL,
            probabilities_json TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_predictions_model_time ON predictions (model_name, timestamp_utc);
        """;

    /// <summary>The columns an insert fills, in order (all but <c>id</c>).</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["timestamp_utc", "model_name", "model_version", "request_id", "row_index", "endpoint", "inputs_json", "label", "score", "probabilities_json"];

    /// <summary>Inserts <paramref name="rows"/> records in one statement; record r's values are the parameters <c>$c_r</c>, c the column's index.</summary>
    public static string Insert(int rows) =>
        $"INSERT INTO predictions ({string.Join(", ", Columns)}) VALUES " +
        string.Join(", ", Enumerable.Range(0, rows).Select(r => $"({string.Join(", ", Enumerable.Range(0, Columns.Count).Select(c => Parameter(r, c)))})"));

    /// <summary>The name of record <paramref name="row"/>'s parameter for column <paramref name="column"/>.</summary>
    public static string Parameter(int row, int column) => $"$c{column}_{row}";
}
