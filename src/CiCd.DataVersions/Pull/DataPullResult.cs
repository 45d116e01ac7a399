using CiCd.DataVersions.Artifact;

namespace CiCd.DataVersions.Pull;

/// <summary>A verified pull: which version, where the file now is, and whether the dataset fingerprint was recomputed too.</summary>
public sealed record DataPullResult(DataArtifact Artifact, string Output, bool FingerprintChecked);
