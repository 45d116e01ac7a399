using System.Security.Cryptography;
using System.Text;
using CiCd.Errors;
using CiCd.Tracking.Artifacts;

namespace CiCd.Tracking.Tests.Artifacts;

public static class ArtifactStoreTests
{
    public abstract class WithAStore : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mlops-artifacts-");

        protected WithAStore() => Store = new ArtifactStore(Path.Combine(_folder.FullName, "artifacts"));

        protected ArtifactStore Store { get; }

        protected string Folder => _folder.FullName;

        protected string WriteFile(string name, string content)
        {
            var path = Path.Combine(Folder, name);
            File.WriteAllText(path, content);
            return path;
        }

        protected static string Sha(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

        public void Dispose()
        {
            _folder.Delete(recursive: true);
            GC.SuppressFinalize(this);
        }
    }

    public sealed class ThePutMethod : WithAStore
    {
        [Fact]
        public void Should_Store_Content_Under_Its_Sha256_Split_After_Two_Digits()
        {
            // Given
            var file = WriteFile("model.zip", "weights");

            // When
            var stored = Store.Put(file);

            // Then
            var sha = Sha("weights");
            Assert.Equal(new StoredArtifact(sha, 7), stored);
            Assert.Equal("weights", File.ReadAllText(Path.Combine(Store.Root, sha[..2], sha[2..])));
        }

        [Fact]
        public void Should_Store_The_Same_Content_Once()
        {
            // Given
            var first = WriteFile("a.json", "{}");
            var second = WriteFile("b.json", "{}");

            // When
            Store.Put(first);
            Store.Put(second);

            // Then
            Assert.Single(Directory.EnumerateFiles(Store.Root, "*", SearchOption.AllDirectories));
        }

        [Fact]
        public void Should_Replace_A_Corrupt_Copy_When_The_Good_Content_Is_Put_Again()
        {
            // Given
            var stored = Store.Put(WriteFile("card.json", "{\"auc\":0.8}"));
            File.WriteAllText(Store.PathOf(stored.Sha256), "{\"auc\":0.9}");

            // When
            Store.Put(WriteFile("again.json", "{\"auc\":0.8}"));

            // Then
            Store.Verify(stored.Sha256);
        }

        [Fact]
        public void Should_Refuse_A_Missing_Source_File()
        {
            // Given
            var missing = Path.Combine(Folder, "nope.zip");

            // When
            var error = Assert.Throws<InputException>(() => Store.Put(missing));

            // Then
            Assert.Equal(missing, error.File);
        }
    }

    public sealed class TheReadAllBytesMethod : WithAStore
    {
        [Fact]
        public void Should_Return_The_Stored_Content()
        {
            // Given
            var stored = Store.Put(WriteFile("report.md", "# ok"));

            // When
            var bytes = Store.ReadAllBytes(stored.Sha256);

            // Then
            Assert.Equal("# ok", Encoding.UTF8.GetString(bytes));
        }

        [Fact]
        public void Should_Detect_A_Flipped_Byte_And_Name_The_Artifact()
        {
            // Given
            var stored = Store.Put(WriteFile("model.zip", "weights"));
            var path = Store.PathOf(stored.Sha256);
            var bytes = File.ReadAllBytes(path);
            bytes[3] ^= 0x01;
            File.WriteAllBytes(path, bytes);

            // When
            var error = Assert.Throws<MlopsException>(() => Store.ReadAllBytes(stored.Sha256));

            // Then
            Assert.Contains($"artefact {stored.Sha256} at {path} is corrupt", error.Message);
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
        }

        [Fact]
        public void Should_Fail_Naming_A_Missing_Artifact()
        {
            // Given
            var sha = Sha("never stored");

            // When
            var error = Assert.Throws<MlopsException>(() => Store.ReadAllBytes(sha));

            // Then
            Assert.Contains($"artefact {sha} is not in the artefact store", error.Message);
        }

        [Fact]
        public void Should_Refuse_An_Id_That_Is_Not_A_Sha256()
        {
            // Given
            var id = "../../etc/passwd";

            // When
            var error = Assert.Throws<InputException>(() => Store.ReadAllBytes(id));

            // Then
            Assert.Contains("is not an artefact id", error.Message);
        }
    }

    public sealed class TheExportMethod : WithAStore
    {
        [Fact]
        public void Should_Copy_Verified_Content_To_The_Destination()
        {
            // Given
            var stored = Store.Put(WriteFile("model.zip", "weights"));
            var destination = Path.Combine(Folder, "out", "model.zip");

            // When
            Store.Export(stored.Sha256, destination);

            // Then
            Assert.Equal("weights", File.ReadAllText(destination));
        }

        [Fact]
        public void Should_Leave_No_Destination_File_When_The_Content_Is_Corrupt()
        {
            // Given
            var stored = Store.Put(WriteFile("model.zip", "weights"));
            File.WriteAllText(Store.PathOf(stored.Sha256), "weightz");
            var destination = Path.Combine(Folder, "out", "model.zip");

            // When
            var error = Assert.Throws<MlopsException>(() => Store.Export(stored.Sha256, destination));

            // Then
            Assert.Contains("is corrupt", error.Message);
            Assert.Empty(Directory.EnumerateFiles(Path.Combine(Folder, "out")));
        }
    }
}
