namespace CiCd.Image.Push;

/// <summary>A pushed image: repository, the manifest digest the registry stores, the tags pushed, and the image's labels.</summary>
public sealed record PushResult(string Repository, string Digest, IReadOnlyList<string> Tags, IReadOnlyDictionary<string, string> Labels);
