using System.Globalization;

namespace CiCd.Release.Versioning;

/// <summary>
/// The versioning scheme: <c>release.version</c> in mlops.yaml gives major.minor; the patch is one past the
/// highest existing <c>v{major}.{minor}.N</c> tag, 0 when there is none. A commit that already carries such a
/// tag keeps it, so re-running a release never bumps twice. Tags of other series, pre-releases and names that
/// are not strict <c>vX.Y.Z</c> are ignored.
/// </summary>
public static class NextVersion
{
    /// <summary>Short commits in candidate names are this long, as git's default abbreviation.</summary>
    public const int ShortCommitLength = 7;

    /// <summary>Plans the version for a commit from the prefix, every tag in the repository and the tags on that commit.</summary>
    public static VersionPlan Plan(string prefix, IEnumerable<string> allTags, IEnumerable<string> tagsAtCommit, string? commit)
    {
        var (major, minor) = ParsePrefix(prefix);
        var series = allTags.Select(ReleaseVersion.FromTag).OfType<ReleaseVersion>()
            .Where(v => v.Major == major && v.Minor == minor)
            .ToList();
        var previous = series.Count == 0 ? null : series.Max();
        var existing = tagsAtCommit.Select(ReleaseVersion.FromTag).OfType<ReleaseVersion>()
            .Where(v => v.Major == major && v.Minor == minor)
            .Max();
        var version = existing ?? new ReleaseVersion(major, minor, previous is null ? 0 : checked(previous.Patch + 1));
        // The previous release is the one before this version, also when this commit is already tagged.
        var before = series.Where(v => v < version).Max();
        return new VersionPlan(prefix, version.ToString(), version.Tag, before?.Tag, existing is not null, Candidate(version, commit));
    }

    private static (int Major, int Minor) ParsePrefix(string prefix)
    {
        var probe = ReleaseVersion.FromTag($"v{prefix}.0")
            ?? throw new ArgumentException($"the version prefix must be major.minor like 1.4, found '{prefix}'", nameof(prefix));
        return (probe.Major, probe.Minor);
    }

    // "g" as in git describe: keeps the pre-release identifier alphanumeric even when the hash is all digits.
    private static string? Candidate(ReleaseVersion version, string? commit) =>
        string.IsNullOrWhiteSpace(commit)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{version}-rc.g{commit.Trim()[..Math.Min(ShortCommitLength, commit.Trim().Length)].ToLowerInvariant()}");
}
