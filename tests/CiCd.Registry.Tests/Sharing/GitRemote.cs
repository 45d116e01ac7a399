using System.Diagnostics;

namespace CiCd.Registry.Tests.Sharing;

/// <summary>A bare repository standing in for GitHub, with one commit on master, and fresh clones of it as runners make.</summary>
public sealed class GitRemote : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mlops-sync-");

    public GitRemote()
    {
        Git(_folder.FullName, "init", "--quiet", "--bare", "-b", "master", Origin);
        var seed = Clone("seed");
        Git(seed, "commit", "--quiet", "--allow-empty", "-m", "first");
        Git(seed, "push", "--quiet", "origin", "HEAD:master");
    }

    public string Origin => Path.Combine(_folder.FullName, "origin.git");

    /// <summary>A fresh clone, as a job's checkout; its registry folder is <c>models</c> inside it.</summary>
    public string Clone(string name)
    {
        var folder = Path.Combine(_folder.FullName, name);
        Git(_folder.FullName, "clone", "--quiet", Origin, folder);
        Git(folder, "config", "user.email", "dev@example.test");
        Git(folder, "config", "user.name", "dev");
        Git(folder, "config", "commit.gpgsign", "false");
        return folder;
    }

    public static string Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Trim() : throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error.Result}");
    }

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(_folder.FullName, "*", SearchOption.AllDirectories))
        {
            // git keeps its objects read-only.
            File.SetAttributes(file, FileAttributes.Normal);
        }
        _folder.Delete(recursive: true);
    }
}
