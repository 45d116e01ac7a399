namespace CiCd.Registry.Versions;

/// <summary>
/// One immutable registered version: its files (paths relative to the model's folder, with their
/// SHA-256), where it came from, and how it scored. Only the image digest is filled in later, once.
/// <see cref="DriftReference"/> is absent (null) in versions registered before the registry kept it.
/// </summary>
public sealed record ModelVersion(
    int Version,
    DateTimeOffset RegisteredAt,
    string RegisteredBy,
    string RunId,
    string ModelFile,
    string ModelSha256,
    string CardFile,
    string CardSha256,
    IReadOnlyDictionary<string, string> Params,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, IReadOnlyList<double>> FoldMetrics,
    string? DataFingerprint,
    string? GitCommit,
    string? ImageDigest,
    DriftReferenceFiles? DriftReference = null)
{
    /// <summary>The training rows' data profile (data-profile.json); absent in versions registered before the registry kept it.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public VersionFile? DataProfile { get; init; }
}
