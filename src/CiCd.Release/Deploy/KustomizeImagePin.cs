using System.Text.RegularExpressions;
using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.Release.Deploy;

/// <summary>
/// Points an overlay's <c>images:</c> entry at one digest, as <c>kustomize edit set image name=new@digest</c> would, but
/// edits the lines in place so the file's comments survive (kubectl ships kustomize's build, not its edit command).
/// </summary>
public static partial class KustomizeImagePin
{
    /// <summary>Sets <c>newName</c> and <c>digest</c> of the entry named <paramref name="name"/>; returns whether the file changed.</summary>
    public static bool Pin(string kustomization, string name, string image, string digest)
    {
        if (!Digest().IsMatch(digest))
        {
            throw new InputException($"--digest: expected sha256:<64 hex digits>, found '{digest}'");
        }
        if (!File.Exists(kustomization))
        {
            throw new InputException(kustomization, null, null, "no such kustomization file");
        }
        var text = File.ReadAllText(kustomization);
        var lines = text.Split('\n');
        var entry = FindEntry(kustomization, lines, name);
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = entry + 1; i < lines.Length && IsInside(lines[i], lines[entry]); i++)
        {
            if (Field().Match(lines[i]) is { Success: true } field && field.Groups["key"].Value is "newName" or "digest")
            {
                var key = field.Groups["key"].Value;
                lines[i] = $"{field.Groups["indent"].Value}{key}: {(key == "newName" ? image : digest)}";
                found.Add(key);
            }
        }
        if (found.Count < 2)
        {
            throw new InputException(kustomization, entry + 1, null, $"the images entry '{name}' needs both newName and digest lines to pin");
        }
        var updated = string.Join('\n', lines);
        if (updated == text)
        {
            return false;
        }
        AtomicFile.WriteAllText(kustomization, updated);
        return true;
    }

    private static int FindEntry(string file, string[] lines, string name)
    {
        var images = Array.FindIndex(lines, l => l.TrimEnd() == "images:");
        if (images < 0)
        {
            throw new InputException(file, null, null, "no top-level 'images:' list");
        }
        for (var i = images + 1; i < lines.Length && (lines[i].StartsWith(' ') || lines[i].StartsWith('-') || lines[i].Trim().Length == 0); i++)
        {
            if (EntryName().Match(lines[i]) is { Success: true } match && match.Groups["name"].Value == name)
            {
                return i;
            }
        }
        throw new InputException(file, images + 1, null, $"no images entry named '{name}'");
    }

    // A line of the same list entry: indented deeper than the entry's dash.
    private static bool IsInside(string line, string entry) =>
        line.Trim().Length > 0 && line.Length - line.TrimStart().Length > entry.Length - entry.TrimStart().Length;

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex Digest();

    [GeneratedRegex(@"^\s*-\s+name:\s*(?<name>\S+)\s*$")]
    private static partial Regex EntryName();

    [GeneratedRegex(@"^(?<indent>\s+)(?<key>[A-Za-z]+):")]
    private static partial Regex Field();
}
