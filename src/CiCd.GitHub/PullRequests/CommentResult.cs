namespace CiCd.GitHub.PullRequests;

/// <summary>The marked comment after an upsert.</summary>
/// <param name="Outcome">Created, updated or unchanged.</param>
/// <param name="Id">The comment's id.</param>
/// <param name="Url">Its address on github.com.</param>
/// <param name="Truncated">True when the report had to be cut to fit.</param>
public sealed record CommentResult(CommentOutcome Outcome, long Id, string? Url, bool Truncated);
