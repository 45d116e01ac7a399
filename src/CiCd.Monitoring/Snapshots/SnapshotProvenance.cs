namespace CiCd.Monitoring.Snapshots;

/// <summary>Where the rows of a training snapshot came from; written as JSON beside it.</summary>
/// <param name="Snapshot">The snapshot file.</param>
/// <param name="Fingerprint">The dataset fingerprint of the snapshot (the one training keys its cache on).</param>
/// <param name="Rows">Rows in the snapshot.</param>
/// <param name="Base">The base training data.</param>
/// <param name="Production">The labelled production rows taken from the log.</param>
/// <param name="CreatedUtc">When the snapshot was built.</param>
public sealed record SnapshotProvenance(
    string Snapshot,
    string Fingerprint,
    int Rows,
    SnapshotBase Base,
    SnapshotProduction Production,
    DateTimeOffset CreatedUtc);
