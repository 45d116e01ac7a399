namespace CiCd.Image.Promote;

/// <summary>Tags moved to one digest: for each tag, the digest it resolved to before (null when new).</summary>
public sealed record PromotionResult(string Repository, string Digest, IReadOnlyDictionary<string, string?> Previous);
