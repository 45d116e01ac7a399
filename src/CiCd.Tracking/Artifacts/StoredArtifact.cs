namespace CiCd.Tracking.Artifacts;

/// <summary>The identity of stored content: its SHA-256 and its size.</summary>
public sealed record StoredArtifact(string Sha256, long SizeBytes);
