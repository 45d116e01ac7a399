namespace CiCd.GitHub.Tests.Fakes;

/// <summary>A comment the fake holds on an issue or pull request.</summary>
public sealed record FakeComment(long Id, int Issue, string Body);
