namespace CiCd.Serving.PredictionLog;

/// <summary>
/// The prediction log's table, the contract with the drift monitor (created and upgraded by
/// CiCd.Monitoring.Log.PredictionLogDatabase, on SQLite and PostgreSQL alike). One row per logged prediction:
/// <list type="bullet">
/// <item>on SQLite <c>id</c> INTEGER, the rowid: insertion order (PostgreSQL has no key column since schema 5).</item>
/// <item><c>timestamp_utc</c> TEXT: ISO 8601 UTC, when the request was scored.</item>
/// <item><c>model_name</c>, <c>model_version</c> TEXT: which model answered.</item>
/// <item><c>request_id</c> TEXT and <c>row_index</c> INTEGER: the request (X-Request-Id or the server's id) and the row within it.</item>
/// <item><c>endpoint</c> TEXT: predict, batch or invocations.</item>
/// <item><c>inputs_json</c> TEXT: the row as a JSON object keyed by feature name (null for missing values).</item>
/// <item><c>label</c> TEXT, <c>score</c> REAL: the decided class and its score (binary: positive-class probability); for a
/// regression model the predicted value, as <c>double.ToString("R", CultureInfo.InvariantCulture)</c> and as the number.</item>
/// <item><c>probabilities_json</c> TEXT: a JSON object of class → probability; NULL for a regression model.</item>
/// <item><c>replica_id</c> TEXT: the replica that answered.</item>
/// </list>
/// </summary>
public static class PredictionLogSchema
{
    /// <summary>The table name.</summary>
    public const string Table = "predictions";

    /// <summary>The columns an insert fills, in order (all but <c>id</c>).</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["timestamp_utc", "model_name", "model_version", "request_id", "row_index", "endpoint", "inputs_json", "label", "score", "probabilities_json", "replica_id"];

    /// <summary>Inserts <paramref name="rows"/> records in one statement; record r's values are the parameters <c>$c_r</c>, c the column's index.</summary>
    public static string Insert(int rows) =>
        $"INSERT INTO predictions ({string.Join(", ", Columns)}) VALUES " +
        string.Join(", ", Enumerable.Range(0, rows).Select(r => $"({string.Join(", ", Enumerable.Range(0, Columns.Count).Select(c => Parameter(r, c)))})"));

    /// <summary>The name of record <paramref name="row"/>'s parameter for column <paramref name="column"/>.</summary>
    public static string Parameter(int row, int column) => $"$c{column}_{row}";
}
