namespace CiCd.Monitoring.Snapshots;

/// <summary>
/// The log window read (<c>since</c> ≤ time &lt; <c>until</c>), how many predictions it held, how many had a label, how
/// many were added and how many were dropped as duplicates, per day and per model version that scored them.
/// </summary>
public sealed record SnapshotProduction(
    string Log,
    DateTimeOffset Since,
    DateTimeOffset? Until,
    int Predictions,
    int Labelled,
    int Added,
    int Duplicates,
    IReadOnlyDictionary<string, int> AddedPerDay,
    IReadOnlyDictionary<string, int> AddedPerModelVersion);
