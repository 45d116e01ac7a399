using System.Text.RegularExpressions;
using CiCd.Configuration.Yaml;

namespace CiCd.Configuration;

/// <summary>Reads the optional <c>release</c> section: <c>version: "1.4"</c> (major.minor, no leading zeros).</summary>
internal static partial class ReleaseSection
{
    public static ReleaseConfig Read(YamlNodeReader? node)
    {
        if (node is null)
        {
            return new ReleaseConfig(ReleaseConfig.DefaultVersionPrefix);
        }
        var prefix = node.OptionalString("version") ?? ReleaseConfig.DefaultVersionPrefix;
        if (!MajorMinor().IsMatch(prefix))
        {
            throw node.Error(node.Node, $"'{node.Child("version")}' must be major.minor like \"1.4\" (the patch comes from the tags), found '{prefix}'");
        }
        node.RejectUnknownKeys();
        return new ReleaseConfig(prefix);
    }

    [GeneratedRegex(@"^(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\z", RegexOptions.CultureInvariant)]
    private static partial Regex MajorMinor();
}
