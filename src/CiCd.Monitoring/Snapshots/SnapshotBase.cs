namespace CiCd.Monitoring.Snapshots;

/// <summary>The base file: its path, rows and fingerprint.</summary>
public sealed record SnapshotBase(string Path, int Rows, string Fingerprint);
