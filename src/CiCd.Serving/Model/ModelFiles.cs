namespace CiCd.Serving.Model;

/// <summary>Where one model version lives: its ML.NET file and its card.</summary>
/// <param name="ModelPath">The model.zip file.</param>
/// <param name="CardPath">The model-card.json file.</param>
/// <param name="Version">The version a source knows the model by (a registry version), or null to use the card's run id.</param>
/// <param name="Registry">The registry, model and alias it was found through, for a registry source.</param>
public sealed record ModelFiles(string ModelPath, string CardPath, string? Version = null, RegistryOrigin? Registry = null);
