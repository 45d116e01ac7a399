namespace CiCd.GitHub.Tests.Fakes;

/// <summary>A release the fake holds.</summary>
public sealed record FakeRelease(long Id, string Tag, string Commit, string Name, string Body);
