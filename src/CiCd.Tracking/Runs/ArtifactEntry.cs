namespace CiCd.Tracking.Runs;

/// <summary>A file a run produced: its logical path, size and content hash in the artefact store.</summary>
public sealed record ArtifactEntry(string Path, long SizeBytes, string Sha256);
