namespace CiCd.Configuration;

/// <summary>How releases are numbered: tags <c>v{VersionPrefix}.{patch}</c>, the patch counted from the existing tags.</summary>
/// <param name="VersionPrefix">Major and minor, e.g. <c>1.4</c>; raising it by hand starts a new patch series at 0.</param>
public sealed record ReleaseConfig(string VersionPrefix)
{
    /// <summary>The prefix used when mlops.yaml has no <c>release</c> section.</summary>
    public const string DefaultVersionPrefix = "0.1";
}
