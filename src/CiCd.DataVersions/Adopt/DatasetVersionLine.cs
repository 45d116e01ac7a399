using System.Text.RegularExpressions;
using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.DataVersions.Adopt;

/// <summary>
/// Sets <c>dataset.version</c> in an <c>mlops.yaml</c> by editing its lines in place, so the comments a team keeps in the
/// config survive (a YAML round trip would drop them); the line goes after <c>remote:</c> when there is none yet.
/// </summary>
public static partial class DatasetVersionLine
{
    /// <summary>Writes <paramref name="version"/> (a tag or sha256 digest) as <c>dataset.version</c>; returns whether the file changed.</summary>
    public static bool Set(string configFile, string version)
    {
        var text = File.ReadAllText(configFile);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline).ToList();
        var start = lines.FindIndex(l => DatasetKey().IsMatch(l));
        if (start < 0)
        {
            throw new InputException(configFile, null, null, "no top-level 'dataset:' block (a flow mapping 'dataset: {…}' cannot be edited: set dataset.version by hand)");
        }
        var end = start + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || lines[end].TrimStart().StartsWith('#') || lines[end].StartsWith(' ')))
        {
            end++;
        }
        var indent = lines.Skip(start + 1).Take(end - start - 1).Where(IsKeyLine).Select(l => l[..(l.Length - l.TrimStart().Length)]).FirstOrDefault() ?? "  ";
        var entry = $"{indent}version: \"{version}\"";
        var existing = Find(lines, start, end, indent, "version");
        if (existing >= 0)
        {
            lines[existing] = entry;
        }
        else
        {
            var after = Find(lines, start, end, indent, "remote") is var remote and >= 0 ? remote : Find(lines, start, end, indent, "path");
            lines.Insert((after >= 0 ? after : start) + 1, entry);
        }
        var updated = string.Join(newline, lines);
        if (updated == text)
        {
            return false;
        }
        AtomicFile.WriteAllText(configFile, updated);
        return true;
    }

    private static bool IsKeyLine(string line) => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#');

    private static int Find(List<string> lines, int start, int end, string indent, string key)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (lines[i].StartsWith(indent + key + ":", StringComparison.Ordinal) && !char.IsWhiteSpace(lines[i][indent.Length]))
            {
                return i;
            }
        }
        return -1;
    }

    [GeneratedRegex(@"^dataset:\s*(#.*)?$")]
    private static partial Regex DatasetKey();
}
