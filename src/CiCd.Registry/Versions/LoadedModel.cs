namespace CiCd.Registry.Versions;

/// <summary>A version whose model and card files were just checked against their recorded SHA-256.</summary>
public sealed record LoadedModel(ModelVersion Version, string ModelPath, string CardPath);
