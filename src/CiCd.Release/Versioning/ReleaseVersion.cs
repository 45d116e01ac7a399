using System.Globalization;
using System.Text.RegularExpressions;

namespace CiCd.Release.Versioning;

/// <summary>A released version <c>major.minor.patch</c>, tagged <c>vmajor.minor.patch</c>; ordered numerically.</summary>
public sealed partial record ReleaseVersion(int Major, int Minor, int Patch) : IComparable<ReleaseVersion>
{
    /// <summary>The git tag and image tag: <c>v1.4.2</c>.</summary>
    public string Tag => $"v{this}";

    /// <summary>Parses a release tag; anything else (pre-releases, leading zeros, other names) is not a release.</summary>
    public static ReleaseVersion? FromTag(string tag)
    {
        var match = TagPattern().Match(tag.Trim());
        return match.Success
            && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            && int.TryParse(match.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var patch)
                ? new ReleaseVersion(major, minor, patch)
                : null;
    }

    /// <summary>Compares major, then minor, then patch, as numbers (so 1.10.0 comes after 1.9.0).</summary>
    public int CompareTo(ReleaseVersion? other) =>
        other is null ? 1
        : Major != other.Major ? Major.CompareTo(other.Major)
        : Minor != other.Minor ? Minor.CompareTo(other.Minor)
        : Patch.CompareTo(other.Patch);

    /// <summary>True when <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    public static bool operator <(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    public static bool operator >(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) > 0;

    /// <summary>True unless <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    public static bool operator <=(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) <= 0;

    /// <summary>True unless <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    public static bool operator >=(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) >= 0;

    /// <summary><c>1.4.2</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");

    // SemVer's rule: numeric parts without leading zeros; at most 9 digits so they fit an int.
    [GeneratedRegex(@"^v(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
