using System.Formats.Tar;
using CiCd.Errors;
using CiCd.Image.ImageBuild;

namespace CiCd.Image.Tests.ImageBuild;

public static class ContextArchiveTests
{
    public sealed class TheCreateMethod : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("cicd-context-").FullName;

        public void Dispose() => Directory.Delete(_root, recursive: true);

        [Fact]
        public void Should_Hold_The_Dockerfile_Publish_Output_And_Model_Only()
        {
            // Given
            var inputs = Inputs();

            // When
            using var archive = ContextArchive.Create(inputs, out var files);
            var entries = Entries(archive);

            // Then
            Assert.Equal(["Dockerfile", "model/model-card.json", "model/model.zip", "publish/lib/native.so", "publish/mlops"], entries.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(5, files);
        }

        [Fact]
        public void Should_Keep_The_Executable_Bit()
        {
            // Given
            var inputs = Inputs();

            // When
            using var archive = ContextArchive.Create(inputs, out _);

            // Then
            Assert.True(Entries(archive)["publish/mlops"].HasFlag(UnixFileMode.UserExecute));
        }

        [Fact]
        public void Should_Refuse_A_Folder_That_Was_Not_Published()
        {
            // Given
            var inputs = Inputs();
            File.Delete(Path.Combine(inputs.PublishFolder, "mlops"));

            // When
            var error = Assert.Throws<InputException>(() => ContextArchive.Create(inputs, out _));

            // Then
            Assert.Contains("dotnet publish", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_A_Model_Folder_Without_A_Card()
        {
            // Given
            var inputs = Inputs();
            File.Delete(Path.Combine(inputs.ModelFolder, "model-card.json"));

            // When
            var error = Assert.Throws<InputException>(() => ContextArchive.Create(inputs, out _));

            // Then
            Assert.EndsWith("model-card.json", error.File, StringComparison.Ordinal);
        }

        private BuildInputs Inputs()
        {
            var publish = Directory.CreateDirectory(Path.Combine(_root, "publish", "lib")).Parent!.FullName;
            File.WriteAllText(Path.Combine(publish, "mlops"), "binary");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Path.Combine(publish, "mlops"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            File.WriteAllText(Path.Combine(publish, "lib", "native.so"), "so");
            File.WriteAllText(Path.Combine(publish, "lib", "native.so.dbg"), "symbols");
            var model = Directory.CreateDirectory(Path.Combine(_root, "train")).FullName;
            File.WriteAllText(Path.Combine(model, "model.zip"), "zip");
            File.WriteAllText(Path.Combine(model, "model-card.json"), "{}");
            File.WriteAllText(Path.Combine(model, "train-result.json"), "{}");
            var dockerfile = Path.Combine(_root, "Dockerfile");
            File.WriteAllText(dockerfile, "FROM scratch\n");
            return new BuildInputs(dockerfile, publish, model, null);
        }

        private static Dictionary<string, UnixFileMode> Entries(Stream archive)
        {
            var entries = new Dictionary<string, UnixFileMode>();
            using var reader = new TarReader(archive, leaveOpen: true);
            while (reader.GetNextEntry() is { } entry)
            {
                entries[entry.Name] = entry.Mode;
            }
            return entries;
        }
    }
}
