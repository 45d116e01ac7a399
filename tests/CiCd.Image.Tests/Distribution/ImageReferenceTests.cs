using CiCd.Errors;
using CiCd.Image.Distribution;

namespace CiCd.Image.Tests.Distribution;

public static class ImageReferenceTests
{
    public sealed class TheParseMethod
    {
        [Theory]
        [InlineData("127.0.0.1:5000/german-credit:3-abc1234", "127.0.0.1:5000/german-credit", "3-abc1234", "127.0.0.1:5000", "german-credit")]
        [InlineData("registry.example.com/team/credit", "registry.example.com/team/credit", null, "registry.example.com", "team/credit")]
        [InlineData("german-credit:development", "german-credit", "development", null, "german-credit")]
        [InlineData("localhost/credit", "localhost/credit", null, "localhost", "credit")]
        [InlineData("team/credit:v1", "team/credit", "v1", null, "team/credit")]
        public void Should_Split_Repository_Tag_And_Registry_Host(string text, string repository, string? tag, string? host, string path)
        {
            // When
            var reference = ImageReference.Parse(text);

            // Then
            Assert.Equal((repository, tag, host, path), (reference.Repository, reference.Tag, reference.RegistryHost, reference.PathInRegistry));
        }

        [Fact]
        public void Should_Read_A_Digest()
        {
            // Given
            var digest = "sha256:" + new string('a', 64);

            // When
            var reference = ImageReference.Parse($"127.0.0.1:5000/credit@{digest}");

            // Then
            Assert.Equal(digest, reference.Digest);
            Assert.Equal($"127.0.0.1:5000/credit@{digest}", reference.ToString());
        }

        [Theory]
        [InlineData("")]
        [InlineData("German-Credit")]
        [InlineData("credit:")]
        [InlineData("credit:v1\n")]
        [InlineData("credit\n")]
        [InlineData("credit@sha256:1234")]
        [InlineData("credit:bad tag")]
        public void Should_Refuse_What_Is_Not_A_Reference(string text)
        {
            // When
            var error = Assert.Throws<InputException>(() => ImageReference.Parse(text));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
        }
    }

    public sealed class TheWithTagMethod
    {
        [Fact]
        public void Should_Replace_A_Digest_With_The_Tag()
        {
            // Given
            var pinned = ImageReference.Parse("127.0.0.1:5000/credit@sha256:" + new string('b', 64));

            // When
            var tagged = pinned.WithTag("production");

            // Then
            Assert.Equal("127.0.0.1:5000/credit:production", tagged.ToString());
        }
    }
}
