using CiCd.Release.Versioning;

namespace CiCd.Pipeline.Release;

/// <summary>The release notes the stage wrote, where, and the version plan they were numbered by.</summary>
public sealed record ReleaseNotesOutcome(VersionPlan Plan, string Path, string Markdown);
