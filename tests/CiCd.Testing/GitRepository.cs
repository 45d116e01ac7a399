using System.Diagnostics;

namespace CiCd.Testing;

/// <summary>A real git repository in a temporary folder, with commits and tags made by the git command line.</summary>
public sealed class GitRepository : IDisposable
{
    public GitRepository()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"cicd-git-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
        Git("init -q -b developer");
        Git("config user.email test@example.test");
        Git("config user.name test");
        Git("config commit.gpgsign false");
        Git("config tag.gpgsign false");
    }

    public string Folder { get; }

    public string Commit(string message)
    {
        File.AppendAllText(Path.Combine(Folder, "file.txt"), message + "\n");
        Git("add file.txt");
        Git($"commit -q -m \"{message}\"");
        return Git("rev-parse HEAD").Trim();
    }

    public void Tag(string name, string? commit = null) => Git($"tag {name} {commit}".TrimEnd());

    public string Git(string arguments) => Run(Folder, arguments);

    public static string Run(string folder, string arguments)
    {
        var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {arguments}: {error}");
    }

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            // git writes its objects read-only.
            File.SetAttributes(file, FileAttributes.Normal);
        }
        Directory.Delete(Folder, recursive: true);
    }
}
