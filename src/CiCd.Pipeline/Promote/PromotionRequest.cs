using CiCd.Image.Distribution;

namespace CiCd.Pipeline.Promote;

/// <summary>An image promotion: which repository, which digest, and the tags to move to it.</summary>
/// <param name="Repository">The image repository, host:port/name.</param>
/// <param name="Digest">The digest to promote (sha256:…), or null to take the one <paramref name="From"/> resolves to.</param>
/// <param name="From">A tag whose digest in the registry to promote (e.g. certification).</param>
/// <param name="Tags">The tags to move, as <see cref="PromoteStage.TagsFor"/> lists them.</param>
public sealed record PromotionRequest(ImageReference Repository, string? Digest, string? From, IReadOnlyList<string> Tags);
