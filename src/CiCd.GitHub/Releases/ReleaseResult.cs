namespace CiCd.GitHub.Releases;

/// <summary>The GitHub Release after a publish.</summary>
/// <param name="Id">The release id.</param>
/// <param name="Tag">Its tag.</param>
/// <param name="Created">True when created now (and with it the tag), false when an existing release was updated.</param>
/// <param name="Url">Its address on github.com.</param>
public sealed record ReleaseResult(long Id, string Tag, bool Created, string? Url);
