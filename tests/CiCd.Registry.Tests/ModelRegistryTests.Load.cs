using CiCd.Errors;

namespace CiCd.Registry.Tests;

public static partial class ModelRegistryTests
{
    public sealed class TheLoadMethod : WithARegistry
    {
        [Fact]
        public void Should_Return_The_Verified_Files_Of_A_Version()
        {
            // Given
            var version = Register();

            // When
            var loaded = Registry.Load("credit", "1");

            // Then
            Assert.Equal((version.Version, version.ModelSha256), (loaded.Version.Version, loaded.Version.ModelSha256));
            Assert.Equal("weights 1", File.ReadAllText(loaded.ModelPath));
            Assert.Contains("\"auc\"", File.ReadAllText(loaded.CardPath));
        }

        [Fact]
        public void Should_Detect_A_Flipped_Byte_In_The_Model_File_And_Name_It()
        {
            // Given
            var version = Register();
            var path = Path.Combine(Options.Root, "credit", version.ModelFile);
            var bytes = File.ReadAllBytes(path);
            bytes[^1] ^= 0x20;
            File.WriteAllBytes(path, bytes);

            // When
            var error = Assert.Throws<MlopsException>(() => Registry.Load("credit", "1"));

            // Then
            Assert.Contains($"model 'credit' version 1: {path} is corrupt", error.Message);
            Assert.Contains($"the registry recorded {version.ModelSha256}", error.Message);
        }

        [Fact]
        public void Should_Detect_An_Edited_Model_Card()
        {
            // Given
            var version = Register();
            var path = Path.Combine(Options.Root, "credit", version.CardFile);
            File.WriteAllText(path, File.ReadAllText(path).Replace("0.8", "0.9", StringComparison.Ordinal));

            // When
            var error = Assert.Throws<MlopsException>(() => Registry.Load("credit", "1"));

            // Then
            Assert.Contains($"{path} is corrupt", error.Message);
        }

        [Fact]
        public void Should_Name_A_Deleted_Model_File()
        {
            // Given
            var version = Register();
            var path = Path.Combine(Options.Root, "credit", version.ModelFile);
            File.Delete(path);

            // When
            var error = Assert.Throws<MlopsException>(() => Registry.Load("credit", "1"));

            // Then
            Assert.Contains($"{path} is missing", error.Message);
        }
    }
}
