namespace CiCd.GitHub.Tests.Fakes;

/// <summary>An issue (or, with <see cref="IsPullRequest"/>, a pull request) the fake holds.</summary>
public sealed record FakeIssue(long Number, string Title, string Body, IReadOnlyList<string> Labels, bool Open = true, bool IsPullRequest = false);
