namespace CiCd.Configuration;

/// <summary>The model registry: its folder and the name this pipeline registers under.</summary>
/// <param name="Root">The registry folder, resolved against the config file's folder.</param>
/// <param name="Model">The model name (default: the dataset name).</param>
public sealed record RegistryConfig(string Root, string Model);
