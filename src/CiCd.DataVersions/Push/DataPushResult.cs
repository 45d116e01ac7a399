using CiCd.DataVersions.Artifact;

namespace CiCd.DataVersions.Push;

/// <summary>What a push stored: the manifest digest, the tags pointing at it, and how many layers were already there.</summary>
public sealed record DataPushResult(string Repository, string Digest, IReadOnlyList<string> Tags, long Size, int Layers, int LayersSkipped,
    DataArtifactConfig Config);
