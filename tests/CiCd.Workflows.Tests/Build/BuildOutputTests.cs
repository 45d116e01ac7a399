using System.Runtime.InteropServices;

namespace CiCd.Workflows.Tests.Build;

/// <summary>
/// A build for this machine copies only this machine's native libraries (Directory.Build.targets,
/// DropOtherPlatformsNatives): with a dozen platforms' copies every test project's output was 640 MB, and a CI run's
/// 10 GB filled a CI machine's disk. This project's own output is the build checked.
/// </summary>
public sealed class BuildOutputTests
{
    public sealed class TheRuntimesFolder
    {
        [Fact]
        public void Should_Hold_Only_This_Platforms_Native_Libraries()
        {
            // Given: the platforms the host loads natives from here, through its fallback graph
            var rid = RuntimeInformation.RuntimeIdentifier;
            var loadable = new HashSet<string>(StringComparer.Ordinal) { rid, rid.Split('-')[0], "unix" };
            var runtimes = Path.Combine(AppContext.BaseDirectory, "runtimes");

            // When
            var platforms = Directory.EnumerateFiles(runtimes, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(runtimes, file).Split(Path.DirectorySeparatorChar)[0])
                .ToHashSet(StringComparer.Ordinal);

            // Then: this platform's are there (SQLite's at least), no other's
            Assert.Contains(rid, platforms);
            Assert.DoesNotContain(platforms, platform => !loadable.Contains(platform));
        }
    }
}
