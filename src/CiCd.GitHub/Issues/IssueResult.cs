namespace CiCd.GitHub.Issues;

/// <summary>The marked issue after an upsert.</summary>
/// <param name="Number">The issue number.</param>
/// <param name="Created">True when it was opened now, false when an open one was updated.</param>
/// <param name="Url">Its address on github.com.</param>
public sealed record IssueResult(long Number, bool Created, string? Url);
