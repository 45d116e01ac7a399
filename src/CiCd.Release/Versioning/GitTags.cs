using System.Diagnostics;
using CiCd.Errors;

namespace CiCd.Release.Versioning;

/// <summary>Reads the tags the version is counted from, refusing a shallow clone where they would be missing.</summary>
public sealed class GitTags(string folder)
{
    /// <summary>Every <c>v*</c> tag in the repository.</summary>
    public IReadOnlyList<string> All() => Lines(Git("tag --list v*"));

    /// <summary>The <c>v*</c> tags on <paramref name="commit"/>.</summary>
    public IReadOnlyList<string> At(string commit) => Lines(Git($"tag --list v* --points-at {commit}"));

    /// <summary>The full hash of HEAD.</summary>
    public string Head() => Git("rev-parse HEAD").Trim();

    /// <summary>Fails when the clone is shallow: its tag list is partial and the counter would restart.</summary>
    public void RequireFullHistory()
    {
        if (Git("rev-parse --is-shallow-repository").Trim() == "true")
        {
            throw new InputException($"{folder}: a shallow clone lacks older tags, so the next version cannot be counted; check out with fetch-depth: 0");
        }
    }

    private static string[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private string Git(string arguments)
    {
        var start = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start) ?? throw new InputException($"{folder}: could not start git");
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0
                ? output
                : throw new InputException($"{folder}: git {arguments} failed: {error.Trim()}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InputException("git is not installed; the release version is counted from git tags", e);
        }
    }
}
