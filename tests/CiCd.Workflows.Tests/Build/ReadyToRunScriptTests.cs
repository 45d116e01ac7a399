using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace CiCd.Workflows.Tests.Build;

/// <summary>
/// build/ready-to-run.sh, which the Test target runs on the test folders: a NuGet package's assembly becomes a
/// ReadyToRun image compiled by the SDK's own crossgen2, once per machine (a cache keyed by the assembly's sha256);
/// our assemblies and files crossgen2 refuses stay as they are.
/// </summary>
public sealed class ReadyToRunScriptTests : IDisposable
{
    // A small package assembly this test project loads, taken from the NuGet cache as the package ships it (IL only):
    // the copy beside the test host may already be an image, put there by the Test target.
    private const string PackageAssembly = "csFastFloat.dll";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Cache => _folder.PathOf("cache");

    [Fact]
    public async Task Should_Compile_A_Package_Assembly_To_An_Image_And_Leave_Ours_And_Native_Files_As_They_Are()
    {
        // Given: a package's assembly, one of ours, and a native library named .dll
        var folder = Folder("output");
        var ours = Copy(Path.Combine(AppContext.BaseDirectory, "CiCd.Kernel.dll"), folder);
        var native = Path.Combine(folder, "libnative.dll");
        File.WriteAllBytes(native, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
        var nativeBytes = File.ReadAllBytes(native);
        var oursBytes = File.ReadAllBytes(ours);

        // When
        var run = await RunAsync(folder);

        // Then: the package's assembly is an image now, in the cache too; the others are byte for byte what they were
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.True(IsImage(Path.Combine(folder, PackageAssembly)), run.Output);
        Assert.Equal(oursBytes, File.ReadAllBytes(ours));
        Assert.Equal(nativeBytes, File.ReadAllBytes(native));
        Assert.Contains("compiled=1 replaced=1 already=0 refused=1", run.Output, StringComparison.Ordinal);
        Assert.Contains("libnative.dll stays as it is", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Take_The_Image_From_The_Cache_In_Another_Folder_And_Know_One_Already_In_Place()
    {
        // Given: the assembly compiled once, for another checkout
        await RunAsync(Folder("first"));
        var second = Folder("second");

        // When: a second folder, then the same folder again
        var fromCache = await RunAsync(second);
        var again = await RunAsync(second);

        // Then: no second compile; the image in place is recognised as one, not compiled again
        Assert.True(fromCache.ExitCode == 0, fromCache.Output);
        Assert.Contains("compiled=0 replaced=1 already=0", fromCache.Output, StringComparison.Ordinal);
        Assert.True(IsImage(Path.Combine(second, PackageAssembly)));
        Assert.Contains("compiled=0 replaced=0 already=1", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Change_Nothing_When_The_Cache_Is_Off()
    {
        // Given
        var folder = Folder("output");
        var before = File.ReadAllBytes(Path.Combine(folder, PackageAssembly));

        // When
        var run = await RunAsync(folder, cache: "off");

        // Then
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(folder, PackageAssembly)));
        Assert.False(Directory.Exists(Cache));
    }

    [Fact]
    public async Task Should_Fail_Naming_A_Folder_That_Does_Not_Exist()
    {
        // Given
        var missing = _folder.PathOf("no-such-folder");

        // When
        var run = await RunAsync(missing);

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{missing}: no such folder", run.Output, StringComparison.Ordinal);
    }

    /// <summary>A folder holding the package's IL assembly, as a build copies it next to a test host.</summary>
    private string Folder(string name)
    {
        var folder = Directory.CreateDirectory(_folder.PathOf(name)).FullName;
        var original = Copy(ShippedPackageAssembly(), folder);
        Assert.False(IsImage(original), $"{original}: expected the package's IL-only assembly");
        return folder;
    }

    private static string Copy(string file, string folder)
    {
        var target = Path.Combine(folder, Path.GetFileName(file));
        File.Copy(file, target);
        return target;
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string folder, string? cache = null)
    {
        var environment = new Dictionary<string, string> { ["READY_TO_RUN_CACHE"] = cache ?? Cache };
        var (exitCode, output, error) = await ExternalTool.RunAsync("bash", [RepositoryRoot.PathOf("build/ready-to-run.sh"), folder], environment: environment);
        return (exitCode, output + error);
    }

    /// <summary>Whether the file carries ReadyToRun code: a managed native header in its CLI header.</summary>
    private static bool IsImage(string file)
    {
        using var reader = new PEReader(File.OpenRead(file));
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    /// <summary>The package's file in the NuGet cache, found through this test project's deps.json.</summary>
    private static string ShippedPackageAssembly()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "CiCd.Workflows.Tests.deps.json")));
        var target = deps.RootElement.GetProperty("targets").EnumerateObject().First().Value;
        var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var library in target.EnumerateObject().Where(library => library.Value.TryGetProperty("runtime", out _)))
        {
            foreach (var asset in library.Value.GetProperty("runtime").EnumerateObject().Where(asset => asset.Name.EndsWith("/" + PackageAssembly, StringComparison.Ordinal)))
            {
                var path = deps.RootElement.GetProperty("libraries").GetProperty(library.Name).GetProperty("path").GetString()!;
                return Path.Combine(root, path, asset.Name);
            }
        }
        throw new InvalidOperationException($"{PackageAssembly} is not a package asset of this test project");
    }
}
