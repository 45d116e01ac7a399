using CiCd.Testing;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>When a fresh clone may copy the publish output from the machine's cache instead of publishing.</summary>
public static class PublishCacheTests
{
    public sealed class TheTryRestoreMethod : IDisposable
    {
        private const string Inputs = "runtime .NET 10\nDirectory.Packages.props 0123\n";

        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Should_Restore_The_Output_Published_From_The_Same_Build()
        {
            // Given: an output published from this build, kept in the cache
            var build = Build();
            var cache = new PublishCache(_folder.PathOf("cache"), Inputs);
            cache.Store(Published(build));
            var target = _folder.PathOf("clone-publish");

            // When
            var restored = cache.TryRestore(target, build);

            // Then: a complete output the fixture accepts, with the executable and without the cache's own file
            Assert.True(restored);
            Assert.True(PublishOutput.IsCurrent(target, build));
            if (!OperatingSystem.IsWindows())
            {
                Assert.True(File.GetUnixFileMode(Path.Combine(target, "mlops")).HasFlag(UnixFileMode.UserExecute));
            }
            Assert.Equal(new[] { "CiCd.Image.dll", PublishOutput.KeyFile, "mlops" }.Order(StringComparer.Ordinal),
                Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }

        [Fact]
        public void Should_Miss_When_The_Tool_Was_Rebuilt_From_Other_Sources()
        {
            // Given: kept from a build of CiCd.Image, then CiCd.Image changed (another module version id)
            var build = Build();
            var cache = new PublishCache(_folder.PathOf("cache"), Inputs);
            cache.Store(Published(build));
            File.Copy(Path.Combine(AppContext.BaseDirectory, "CiCd.Kernel.dll"), Path.Combine(build, "CiCd.Image.dll"), overwrite: true);

            // When
            var restored = cache.TryRestore(_folder.PathOf("clone-publish"), build);

            // Then
            Assert.False(restored);
            Assert.False(Directory.Exists(_folder.PathOf("clone-publish")));
        }

        [Fact]
        public void Should_Miss_When_A_File_That_Decides_The_Publish_Changed()
        {
            // Given: the same build, kept under other package versions
            var build = Build();
            new PublishCache(_folder.PathOf("cache"), Inputs).Store(Published(build));

            // When
            var restored = new PublishCache(_folder.PathOf("cache"), Inputs.Replace("0123", "4567", StringComparison.Ordinal))
                .TryRestore(_folder.PathOf("clone-publish"), build);

            // Then
            Assert.False(restored);
        }

        [Fact]
        public void Should_Keep_Only_The_Newest_Three_Outputs()
        {
            // Given
            var build = Build();
            var cache = new PublishCache(_folder.PathOf("cache"), Inputs);
            var published = Published(build);

            // When
            for (var i = 0; i < 4; i++)
            {
                cache.Store(published);
            }

            // Then
            Assert.Equal(3, Directory.GetDirectories(_folder.PathOf("cache")).Length);
        }

        // A build folder holding one tool assembly, as the test's output folder holds them all.
        private string Build()
        {
            var build = Directory.CreateDirectory(_folder.PathOf("build")).FullName;
            File.Copy(Path.Combine(AppContext.BaseDirectory, "CiCd.Image.dll"), Path.Combine(build, "CiCd.Image.dll"));
            return build;
        }

        // What PublishOutput.Ensure leaves after a publish: the apphost, the assemblies and the key file.
        private string Published(string build)
        {
            var publish = Directory.CreateDirectory(_folder.PathOf("publish")).FullName;
            File.WriteAllText(Path.Combine(publish, "mlops"), "");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Path.Combine(publish, "mlops"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            File.Copy(Path.Combine(AppContext.BaseDirectory, "CiCd.Image.dll"), Path.Combine(publish, "CiCd.Image.dll"), overwrite: true);
            File.WriteAllLines(Path.Combine(publish, PublishOutput.KeyFile), PublishOutput.KeyOf(publish, build));
            return publish;
        }
    }
}
