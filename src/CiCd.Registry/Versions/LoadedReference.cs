namespace CiCd.Registry.Versions;

/// <summary>A version's card and drift reference, just checked against their recorded SHA-256.</summary>
/// <param name="Version">The version read.</param>
/// <param name="CardPath">The model card.</param>
/// <param name="ProfilePath">The reference profile, or null for a version registered before the registry kept it.</param>
/// <param name="PredictionsPath">The test-split predictions, when they were registered.</param>
public sealed record LoadedReference(ModelVersion Version, string CardPath, string? ProfilePath, string? PredictionsPath);
