using System.Diagnostics;
using CiCd.Errors;

namespace CiCd.Image.ImageBuild;

/// <summary>
/// Reads the commit, branch and remote of a working copy. CI variables win (GitHub checks out a detached HEAD,
/// so only <c>GITHUB_REF_NAME</c> knows the branch); otherwise git is asked.
/// </summary>
public static class GitSource
{
    /// <summary>The source of <paramref name="folder"/>, with explicit values taking precedence.</summary>
    public static SourceInfo Read(string folder, string? url = null, string? revision = null, string? branch = null)
    {
        revision ??= Environment.GetEnvironmentVariable("GITHUB_SHA") ?? Git(folder, "rev-parse", "HEAD")
            ?? throw new InputException($"{folder}: not a git working copy (or git is missing); pass --revision");
        branch ??= Environment.GetEnvironmentVariable("GITHUB_REF_NAME") ?? Git(folder, "rev-parse", "--abbrev-ref", "HEAD") ?? "unknown";
        url ??= GitHubUrl() ?? Git(folder, "config", "--get", "remote.origin.url") ?? new Uri(Path.GetFullPath(folder)).AbsoluteUri;
        return new SourceInfo(url, revision, branch);
    }

    private static string? GitHubUrl() =>
        Environment.GetEnvironmentVariable("GITHUB_REPOSITORY") is { Length: > 0 } repository
            ? $"{Environment.GetEnvironmentVariable("GITHUB_SERVER_URL") ?? "https://github.com"}/{repository}"
            : null;

    private static string? Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed: the caller falls back or asks for the value explicitly.
            return null;
        }
    }
}
