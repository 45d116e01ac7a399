namespace CiCd.Release.Versioning;

/// <summary>What `mlops release version` decided, and from what.</summary>
/// <param name="Prefix">major.minor from mlops.yaml.</param>
/// <param name="Version">The version this commit is released as.</param>
/// <param name="Tag">Its tag, <c>v</c> + version.</param>
/// <param name="Previous">The highest existing tag with the same prefix, if any.</param>
/// <param name="AlreadyTagged">True when the commit already carries <see cref="Tag"/> (a re-run keeps its version).</param>
/// <param name="Candidate">The release-candidate name for certification builds: <c>version-rc.g</c> + short commit.</param>
public sealed record VersionPlan(string Prefix, string Version, string Tag, string? Previous, bool AlreadyTagged, string? Candidate);
