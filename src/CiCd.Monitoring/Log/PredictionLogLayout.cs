namespace CiCd.Monitoring.Log;

/// <summary>
/// The table the prediction service writes and the drift check reads. Timestamps are ISO-8601 text in
/// UTC ("2026-11-24T05:40:21.123Z"), so they sort as text and any SQLite client can read them.
/// <c>inputs_json</c> is a JSON object of feature name to value; <c>probabilities_json</c> is a JSON object
/// that maps each class to its probability. The service (CiCd.Serving.PredictionLog) writes this layout.
/// </summary>
public static class PredictionLogLayout
{
    /// <summary>The table name.</summary>
    public const string Table = "predictions";

    /// <summary>When the prediction was made (ISO-8601, UTC).</summary>
    public const string Timestamp = "timestamp_utc";

    /// <summary>The registered model name.</summary>
    public const string ModelName = "model_name";

    /// <summary>The model version that answered.</summary>
    public const string ModelVersion = "model_version";

    /// <summary>The request id the delayed labels are keyed by.</summary>
    public const string RequestId = "request_id";

    /// <summary>The inputs as a JSON object.</summary>
    public const string InputsJson = "inputs_json";

    /// <summary>The predicted class.</summary>
    public const string OutputLabel = "label";

    /// <summary>The replica (host name or <c>--replica-id</c>) that answered; absent from logs written before it was kept.</summary>
    public const string ReplicaId = "replica_id";

    /// <summary>The table of delayed labels, keyed by request id, in the log's database.</summary>
    public const string LabelsTable = "prediction_labels";

    /// <summary>The labels table's true class.</summary>
    public const string TrueLabel = "label";

    /// <summary>When the label was stored (ISO-8601, UTC, as <see cref="Timestamp"/>).</summary>
    public const string LabelledAt = "labelled_at";

    /// <summary>The answer's class probabilities as a JSON object of class → probability (as the service writes it).</summary>
    public const string OutputJson = "probabilities_json";

    /// <summary>DDL for the table, for writers and tests.</summary>
    public const string CreateTable =
        $"CREATE TABLE IF NOT EXISTS {Table} ({Timestamp} TEXT NOT NULL, {ModelName} TEXT NOT NULL, {ModelVersion} TEXT NOT NULL, " +
        $"{RequestId} TEXT NOT NULL, {InputsJson} TEXT NOT NULL, {OutputLabel} TEXT, {OutputJson} TEXT); " +
        $"CREATE INDEX IF NOT EXISTS ix_{Table}_{Timestamp} ON {Table} ({Timestamp});";

    /// <summary>The text form of a timestamp in the table.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
