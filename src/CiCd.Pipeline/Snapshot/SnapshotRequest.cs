using CiCd.Monitoring.Log;

namespace CiCd.Pipeline.Snapshot;

/// <summary>What the next training set is built from: the base data and a window of the labelled prediction log.</summary>
/// <param name="BasePath">The training data the snapshot starts from (CSV).</param>
/// <param name="Log">The logged predictions.</param>
/// <param name="Labels">The delayed labels stored next to them.</param>
/// <param name="Since">Predictions from this time on.</param>
/// <param name="Until">Predictions before this time; null for no end.</param>
/// <param name="OutputPath">The snapshot CSV; its provenance goes beside it as <c>FILE.provenance.json</c>.</param>
public sealed record SnapshotRequest(
    string BasePath,
    IPredictionLogSource Log,
    IPredictionLabelSource Labels,
    DateTimeOffset Since,
    DateTimeOffset? Until,
    string OutputPath);
