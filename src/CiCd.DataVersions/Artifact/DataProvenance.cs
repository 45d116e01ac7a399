namespace CiCd.DataVersions.Artifact;

/// <summary>Who pushed the data, when, from which path and commit: no credentials, only the local user name.</summary>
public sealed record DataProvenance(string User, DateTimeOffset Pushed, string SourcePath, string? GitCommit, string Tool);
