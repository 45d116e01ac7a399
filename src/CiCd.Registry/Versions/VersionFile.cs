namespace CiCd.Registry.Versions;

/// <summary>A further file kept with a version (the training data's profile): its path relative to the model's folder and its SHA-256.</summary>
public sealed record VersionFile(string File, string Sha256);
