using System.Text.RegularExpressions;
using CiCd.Errors;
using CiCd.Registry.Aliases;

namespace CiCd.Image.ImageBuild;

/// <summary>
/// The tags one build carries: <c>&lt;model-version&gt;-&lt;short-sha&gt;</c> (unique, never moved), the stage
/// (moves with every build of that branch), and on a release the semantic version and <c>latest</c>.
/// </summary>
public static partial class ImageTags
{
    /// <summary>The tag that names exactly this build.</summary>
    public static string Unique(string modelVersion, SourceInfo source) => $"{modelVersion}-{source.ShortRevision}";

    /// <summary>Every tag for a build, unique one first.</summary>
    public static IReadOnlyList<string> For(string modelVersion, SourceInfo source, string stage, string? release)
    {
        var tags = new List<string> { Unique(modelVersion, source), ModelAliases.Require(stage) };
        if (release is not null)
        {
            tags.Add(Release(release));
            tags.Add("latest");
        }
        return tags;
    }

    /// <summary>A release version as a tag: semver without the leading v (v1.2.3 and 1.2.3 both give 1.2.3).</summary>
    public static string Release(string version)
    {
        var bare = version.StartsWith('v') ? version[1..] : version;
        return SemVer().IsMatch(bare) ? bare
            : throw new InputException($"release '{version}' is not a semantic version (MAJOR.MINOR.PATCH, optional -prerelease)");
    }

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?\z")]
    private static partial Regex SemVer();
}
