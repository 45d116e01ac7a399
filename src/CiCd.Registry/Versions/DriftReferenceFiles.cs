namespace CiCd.Registry.Versions;

/// <summary>
/// The drift reference kept with a version: the training split's reference profile and, when training wrote them,
/// the test-split predictions (the prediction-drift reference), each with its SHA-256. Paths are relative to the model's folder.
/// </summary>
public sealed record DriftReferenceFiles(string ProfileFile, string ProfileSha256, string? PredictionsFile, string? PredictionsSha256);
