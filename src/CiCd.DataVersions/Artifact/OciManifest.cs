namespace CiCd.DataVersions.Artifact;

/// <summary>An OCI image manifest carrying a data artifact: the config and the file's chunks in order.</summary>
public sealed record OciManifest(
    int SchemaVersion,
    string MediaType,
    string ArtifactType,
    OciDescriptor Config,
    IReadOnlyList<OciDescriptor> Layers,
    IReadOnlyDictionary<string, string>? Annotations = null);
