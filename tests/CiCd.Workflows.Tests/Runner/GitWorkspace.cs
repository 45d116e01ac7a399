using System.Diagnostics;

namespace CiCd.Workflows.Tests.Runner;

/// <summary>A checkout in a temporary folder: a real git repository whose commits and tags the test makes.</summary>
public sealed class GitWorkspace : IDisposable
{
    public GitWorkspace()
        : this(Directory.CreateTempSubdirectory("cicd-checkout-").FullName)
    {
        Git("init", "-q", "-b", "master");
        Configure();
    }

    /// <summary>An existing repository, such as a clone of <see cref="Bare"/>.</summary>
    public GitWorkspace(string folder) => Folder = folder;

    /// <summary>A bare repository standing in for the repository on GitHub.</summary>
    public static GitWorkspace Bare()
    {
        var origin = new GitWorkspace(Directory.CreateTempSubdirectory("cicd-origin-").FullName);
        origin.Git("init", "-q", "--bare", "-b", "master");
        return origin;
    }

    private void Configure()
    {
        Git("config", "user.email", "release@example.test");
        Git("config", "user.name", "release");
        Git("config", "commit.gpgsign", "false");
        Git("config", "tag.gpgsign", "false");
    }

    public string Folder { get; }

    /// <summary>Writes <paramref name="file"/> and commits everything; returns the commit's full hash.</summary>
    public string Commit(string file, string content)
    {
        File.WriteAllText(Path.Combine(Folder, file), content);
        Git("add", "-A");
        Git("commit", "-q", "-m", $"change {file}");
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error}");
    }

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            // git keeps its objects read-only.
            File.SetAttributes(file, FileAttributes.Normal);
        }
        Directory.Delete(Folder, recursive: true);
    }
}
