using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CiCd.Testing;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>
/// The service's self-contained publish output the test images are made from, published once per build of the tool:
/// next to it a key file names the tool's assemblies with the module version id each had in the build the tests run
/// (deterministic builds: the id changes exactly when the code does). A folder made from other sources is published
/// again, so a test never builds an image of yesterday's service; test projects running side by side publish it once,
/// and a fresh clone of code the machine already published copies it from <see cref="PublishCache"/>.
/// </summary>
public static class PublishOutput
{
    public const string KeyFile = ".test-build-key";

    // A self-contained publish of the tool takes minutes on a loaded two-core machine; the holder's death frees it at once.
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(20);

    /// <summary>
    /// <paramref name="folder"/>, published now unless its key file matches the assemblies in <paramref name="build"/>
    /// (the test's own output folder, where the tool's assemblies are copied).
    /// </summary>
    public static string Ensure(string folder, string build)
    {
        using var held = FileLock.Acquire(folder.TrimEnd('/') + ".lock", PublishTimeout);
        if (IsCurrent(folder, build))
        {
            return folder;
        }
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        var cache = PublishCache.ForThisMachine();
        if (cache?.TryRestore(folder, build) == true)
        {
            return folder;
        }
        Command.Run("dotnet", ["publish", "src/CiCd.Cli", "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", folder]);
        File.WriteAllLines(Path.Combine(folder, KeyFile), KeyOf(folder, build));
        cache?.Store(folder);
        return folder;
    }

    /// <summary>True when <paramref name="folder"/> holds a tool published from the build in <paramref name="build"/>.</summary>
    public static bool IsCurrent(string folder, string build)
    {
        var keyFile = Path.Combine(folder, KeyFile);
        return File.Exists(Path.Combine(folder, "mlops")) && File.Exists(keyFile)
            && File.ReadAllLines(keyFile).SequenceEqual(KeyOf(folder, build), StringComparer.Ordinal);
    }

    /// <summary>
    /// One line per assembly of the tool in <paramref name="folder"/>: its name and the module version id of the same
    /// file in <paramref name="build"/> ("missing" when the build has no such file).
    /// </summary>
    public static IEnumerable<string> KeyOf(string folder, string build) =>
        Directory.EnumerateFiles(folder, "*.dll")
            .Select(Path.GetFileName)
            .Where(name => name!.StartsWith("CiCd.", StringComparison.Ordinal) || name == "mlops.dll")
            .Order(StringComparer.Ordinal)
            .Select(name => $"{name} {ModuleVersionId(Path.Combine(build, name!))}");

    private static string ModuleVersionId(string assembly)
    {
        if (!File.Exists(assembly))
        {
            return "missing";
        }
        using var reader = new PEReader(File.OpenRead(assembly));
        var metadata = reader.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid).ToString("N");
    }
}
