namespace CiCd.DataVersions.Artifact;

/// <summary>A data version as read from a store: where, its manifest digest, the manifest and the config it names (both verified).</summary>
public sealed record DataArtifact(string Location, string Reference, string Digest, OciManifest Manifest, DataArtifactConfig Config)
{
    /// <summary>Total bytes of the file (the layers' sizes added).</summary>
    public long Size => Manifest.Layers.Sum(l => l.Size);
}
