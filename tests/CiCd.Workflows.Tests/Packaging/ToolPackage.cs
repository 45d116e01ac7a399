using System.IO.Compression;

namespace CiCd.Workflows.Tests.Packaging;

/// <summary>
/// The rules of the `mlops` tool package, the same the Pack target checks (build/package.cake): under nuget.org's
/// 250 MB with room to grow, no debug symbols, and native libraries only for the platforms ML.NET and SkiaSharp
/// support on desktops and servers.
/// </summary>
public static class ToolPackage
{
    /// <summary>60 MB, in bytes.</summary>
    public const long Limit = 60_000_000;

    /// <summary>
    /// linux-x64, linux-arm64, osx-x64, osx-arm64, win-x64, and the portable osx folder where SkiaSharp keeps its one
    /// universal macOS library (both macOS RIDs fall back to it).
    /// </summary>
    public static IReadOnlySet<string> Runtimes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "linux-x64", "linux-arm64", "osx", "osx-x64", "osx-arm64", "win-x64",
    };

    /// <summary>What breaks the rules in the package at <paramref name="path"/>; empty when it keeps them.</summary>
    public static IReadOnlyList<string> Problems(string path)
    {
        var problems = new List<string>();
        var bytes = new FileInfo(path).Length;
        if (bytes >= Limit)
        {
            problems.Add($"{bytes / 1e6:F1} MB, the limit is {Limit / 1e6:F0} MB");
        }
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Select(e => e.FullName))
        {
            if (entry.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"debug symbols {entry}");
            }
            else if (RuntimeOf(entry) is { } runtime && !Runtimes.Contains(runtime))
            {
                problems.Add($"runtime {runtime} ({entry})");
            }
        }
        return problems;
    }

    /// <summary>The RID folder an entry sits in (<c>…/runtimes/&lt;rid&gt;/…</c>), or null.</summary>
    public static string? RuntimeOf(string entry)
    {
        var parts = entry.Split('/');
        var at = Array.IndexOf(parts, "runtimes");
        return at >= 0 && at + 2 < parts.Length ? parts[at + 1] : null;
    }
}
