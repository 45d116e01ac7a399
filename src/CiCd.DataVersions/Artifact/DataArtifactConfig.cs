namespace CiCd.DataVersions.Artifact;

/// <summary>
/// The config blob of a data artifact. <see cref="Fingerprint"/> is the pipeline's dataset fingerprint when the file is
/// the config's dataset (<see cref="FingerprintKind"/> "dataset"), else the sha256 of the bytes ("content");
/// <see cref="ContentDigest"/> is always the sha256 of the whole file, checked after every pull.
/// </summary>
public sealed record DataArtifactConfig(
    string FileName,
    string Format,
    long Size,
    string ContentDigest,
    string Fingerprint,
    string FingerprintKind,
    long? Rows,
    IReadOnlyList<DataColumn> Columns,
    DataProvenance Provenance);
