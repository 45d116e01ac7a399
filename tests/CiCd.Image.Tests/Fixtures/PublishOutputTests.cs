using CiCd.Testing;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>When the engine tests may reuse out/publish: only when it was published from the build they run.</summary>
public static class PublishOutputTests
{
    public sealed class TheIsCurrentMethod : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Should_Refuse_A_Publish_Output_That_Names_No_Build()
        {
            // Given: a complete publish output made earlier (by the Publish target, or by a test run before a rebuild)
            var publish = PublishedFolder();

            // When
            var current = PublishOutput.IsCurrent(publish, AppContext.BaseDirectory);

            // Then
            Assert.False(current);
        }

        [Fact]
        public void Should_Accept_The_Output_Published_From_The_Build_The_Tests_Run()
        {
            // Given: the key the fixture writes after publishing, for this test's own build
            var publish = PublishedFolder();
            var build = Directory.CreateDirectory(_folder.PathOf("build")).FullName;
            File.Copy(Path.Combine(AppContext.BaseDirectory, "CiCd.Image.dll"), Path.Combine(build, "CiCd.Image.dll"));
            WriteKeyOf(publish, build);

            // When
            var current = PublishOutput.IsCurrent(publish, build);

            // Then
            Assert.True(current);
        }

        [Fact]
        public void Should_Refuse_The_Output_When_The_Tool_Was_Rebuilt_From_Other_Sources()
        {
            // Given: published from a build of CiCd.Image, then CiCd.Image changed (another module version id)
            var publish = PublishedFolder();
            var build = Directory.CreateDirectory(_folder.PathOf("build")).FullName;
            File.Copy(Path.Combine(AppContext.BaseDirectory, "CiCd.Image.dll"), Path.Combine(build, "CiCd.Image.dll"));
            WriteKeyOf(publish, build);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "CiCd.Kernel.dll"), Path.Combine(build, "CiCd.Image.dll"), overwrite: true);

            // When
            var current = PublishOutput.IsCurrent(publish, build);

            // Then
            Assert.False(current);
        }

        private string PublishedFolder()
        {
            var publish = Directory.CreateDirectory(_folder.PathOf("publish")).FullName;
            File.WriteAllText(Path.Combine(publish, "mlops"), "");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "CiCd.Image.dll"), Path.Combine(publish, "CiCd.Image.dll"));
            return publish;
        }

        // What Ensure writes after a publish: the key of the folder's tool assemblies in the given build.
        private static void WriteKeyOf(string publish, string build) =>
            File.WriteAllLines(Path.Combine(publish, PublishOutput.KeyFile), PublishOutput.KeyOf(publish, build));
    }
}
