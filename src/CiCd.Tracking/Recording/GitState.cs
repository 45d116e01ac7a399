using System.Diagnostics;

namespace CiCd.Tracking.Recording;

/// <summary>The commit, branch and dirty flag of the work tree a run was started in (empty outside a git checkout).</summary>
public sealed record GitState(string? Commit, string? Branch, bool Dirty)
{
    /// <summary>Reads git's view of <paramref name="folder"/>; GitHub Actions' variables win when set, as a CI checkout is detached.</summary>
    public static GitState Read(string folder)
    {
        var commit = Environment.GetEnvironmentVariable("GITHUB_SHA") ?? Git(folder, "rev-parse HEAD");
        var branch = Environment.GetEnvironmentVariable("GITHUB_REF_NAME") ?? Git(folder, "rev-parse --abbrev-ref HEAD");
        var status = Git(folder, "status --porcelain --untracked-files=no");
        return new GitState(commit, branch, !string.IsNullOrEmpty(status));
    }

    private static string? Git(string folder, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git on the machine: provenance is simply unknown, the run is still recorded.
            return null;
        }
    }
}
