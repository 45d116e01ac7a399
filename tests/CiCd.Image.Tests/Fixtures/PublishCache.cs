using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using CiCd.Testing;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>
/// The service's publish output kept in a cache folder of the machine, as build/base-image.sh keeps the base image:
/// a fresh clone of code this machine already published copies the output (seconds) instead of publishing it again
/// (minutes on a loaded two-core machine, and on the critical path of both engine fixtures). An entry is reused only
/// when <see cref="PublishOutput.IsCurrent"/> accepts it for the build the tests run (every tool assembly's module
/// version id) and the files that decide how it is published (SDK, package versions, project files) are the same.
/// </summary>
public sealed class PublishCache(string folder, string inputs)
{
    /// <summary>The cache folder; <c>off</c> publishes every time. Default: ${XDG_CACHE_HOME:-~/.cache}/cicd/publish.</summary>
    public const string Variable = "MLOPS_PUBLISH_CACHE";

    private const string InputsFile = ".test-build-inputs";

    // Each entry is ~150 MB: the newest few cover the branches one machine switches between.
    private const int Kept = 3;

    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The machine's cache for this checkout's publish inputs, or null when <see cref="Variable"/> is off.</summary>
    public static PublishCache? ForThisMachine()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (configured == "off")
        {
            return null;
        }
        var cacheHome = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return new PublishCache(configured is { Length: > 0 } ? configured : Path.Combine(cacheHome, "cicd", "publish"), Inputs(RepositoryRoot.Path));
    }

    /// <summary>What decides the publish output besides the tool's own code: the runtime and the build files, one line each.</summary>
    public static string Inputs(string repository)
    {
        var files = new[] { "global.json", "Directory.Packages.props", "Directory.Build.props", "Directory.Build.targets", "NuGet.config" }
            .Select(name => Path.Combine(repository, name))
            .Concat(Directory.EnumerateFiles(Path.Combine(repository, "src"), "*.csproj", SearchOption.AllDirectories))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal);
        var lines = files.Select(file => $"{Path.GetRelativePath(repository, file)} {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))}");
        return string.Join('\n', [$"runtime {RuntimeInformation.FrameworkDescription} {RuntimeInformation.RuntimeIdentifier}", .. lines]) + "\n";
    }

    /// <summary>Copies into <paramref name="target"/> (absent) an entry published from <paramref name="build"/>; false when there is none.</summary>
    public bool TryRestore(string target, string build)
    {
        using var held = FileLock.Acquire(Path.Combine(folder, ".lock"), LockTimeout);
        var entry = Entries().FirstOrDefault(e => File.Exists(Path.Combine(e, InputsFile))
            && File.ReadAllText(Path.Combine(e, InputsFile)) == inputs && PublishOutput.IsCurrent(e, build));
        if (entry is null)
        {
            return false;
        }
        Copy(entry, target);
        File.Delete(Path.Combine(target, InputsFile));
        Directory.SetLastWriteTimeUtc(entry, DateTime.UtcNow);
        return true;
    }

    /// <summary>Keeps a copy of <paramref name="published"/> (with its key file), then drops all but the newest entries.</summary>
    public void Store(string published)
    {
        using var held = FileLock.Acquire(Path.Combine(folder, ".lock"), LockTimeout);
        var scratch = Path.Combine(folder, $"{Guid.NewGuid():N}.tmp");
        Copy(published, scratch);
        File.WriteAllText(Path.Combine(scratch, InputsFile), inputs);
        // Atomic: a reader sees a whole entry or none.
        var entry = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        Directory.Move(scratch, entry);
        Directory.SetLastWriteTimeUtc(entry, DateTime.UtcNow);
        foreach (var old in Entries().Skip(Kept))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    // Newest first; scratch folders of a copy that died are not entries.
    private List<string> Entries() =>
        Directory.EnumerateDirectories(folder).Where(e => !e.EndsWith(".tmp", StringComparison.Ordinal))
            .OrderByDescending(Directory.GetLastWriteTimeUtc).ToList();

    // cp keeps the executable bits (the apphost `mlops`) and copies by reflink where the file system can.
    private static void Copy(string from, string to) =>
        Command.Run("cp", ["-a", "--reflink=auto", from, to]);
}
