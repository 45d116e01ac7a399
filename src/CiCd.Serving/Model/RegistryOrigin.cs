namespace CiCd.Serving.Model;

/// <summary>Where a model served from the registry came from, as <c>/v1/model</c> states it.</summary>
/// <param name="Root">The registry folder.</param>
/// <param name="Model">The registered model name.</param>
/// <param name="Alias">The alias followed, or null when a version is pinned.</param>
/// <param name="Version">The registered version serving.</param>
public sealed record RegistryOrigin(string Root, string Model, string? Alias, int Version);
