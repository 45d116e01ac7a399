using CiCd.Errors;

namespace CiCd.Registry.Tests;

public static partial class ModelRegistryTests
{
    public sealed class TheSetImageDigestMethod : WithARegistry
    {
        private static readonly string Digest = "sha256:" + new string('e', 64);

        [Fact]
        public void Should_Record_The_Image_Built_From_A_Version()
        {
            // Given
            Register();

            // When
            Registry.SetImageDigest("credit", "1", Digest);

            // Then
            Assert.Equal(Digest, Registry.GetVersion("credit", "1").ImageDigest);
        }

        [Fact]
        public void Should_Accept_The_Same_Digest_Again()
        {
            // Given
            Register();
            Registry.SetImageDigest("credit", "1", Digest);

            // When
            var version = Registry.SetImageDigest("credit", "1", Digest);

            // Then
            Assert.Equal(Digest, version.ImageDigest);
        }

        [Fact]
        public void Should_Refuse_Replacing_A_Recorded_Digest()
        {
            // Given
            Register();
            Registry.SetImageDigest("credit", "1", Digest);

            // When
            var error = Assert.Throws<InputException>(() => Registry.SetImageDigest("credit", "1", "sha256:" + new string('f', 64)));

            // Then
            Assert.Contains($"already has image {Digest}", error.Message);
            Assert.Equal(Digest, Registry.GetVersion("credit", "1").ImageDigest);
        }

        [Theory]
        [InlineData("latest")]
        [InlineData("sha256:ABC")]
        public void Should_Refuse_Text_That_Is_Not_A_Digest(string digest)
        {
            // Given
            Register();

            // When
            var error = Assert.Throws<InputException>(() => Registry.SetImageDigest("credit", "1", digest));

            // Then
            Assert.Contains($"'{digest}' is not an image digest", error.Message);
        }
    }
}
