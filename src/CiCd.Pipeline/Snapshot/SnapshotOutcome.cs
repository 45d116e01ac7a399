using CiCd.Monitoring.Snapshots;
using CiCd.Validate;

namespace CiCd.Pipeline.Snapshot;

/// <summary>What the snapshot stage built, in memory; the files exist only when <see cref="Written"/>.</summary>
/// <param name="Validation">The snapshot's validation against the config; a failure means nothing was written.</param>
/// <param name="Provenance">Where its rows came from, and its fingerprint.</param>
/// <param name="Written">Whether the CSV and its provenance were written (validation passed).</param>
public sealed record SnapshotOutcome(ValidationReport Validation, SnapshotProvenance Provenance, bool Written);
