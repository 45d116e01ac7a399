using CiCd.Image.Distribution;

namespace CiCd.Pipeline.Promote;

/// <summary>Where an image rollback goes: a digest, or the digest recorded for a model version in the registry folder.</summary>
/// <param name="Repository">The image repository, host:port/name.</param>
/// <param name="Digest">The earlier digest (sha256:…), which wins over <paramref name="Version"/>.</param>
/// <param name="Version">A model version whose image digest <c>mlops image push</c> recorded.</param>
/// <param name="Model">The registered model for <paramref name="Version"/>; the CLI defaults it to the repository's last path part.</param>
/// <param name="ModelRegistry">The model registry folder.</param>
public sealed record RollbackRequest(ImageReference Repository, string? Digest, int? Version, string Model, string ModelRegistry);
