namespace CiCd.DataVersions.Artifact;

/// <summary>An OCI content descriptor: what a blob is, its sha256 digest and its size in bytes.</summary>
public sealed record OciDescriptor(string MediaType, string Digest, long Size, IReadOnlyDictionary<string, string>? Annotations = null);
