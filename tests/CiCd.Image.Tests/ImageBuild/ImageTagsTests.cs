using CiCd.Errors;
using CiCd.Image.ImageBuild;

namespace CiCd.Image.Tests.ImageBuild;

public static class ImageTagsTests
{
    private static readonly SourceInfo Source = new("https://github.com/cicd-ml/cicd", "be9cd57e09d6dcbb28fb01f3599f23d7943be7b2", "certification");

    public sealed class TheForMethod
    {
        [Fact]
        public void Should_Tag_Version_And_Short_Sha_Then_The_Stage()
        {
            // When
            var tags = ImageTags.For("3", Source, "certification", release: null);

            // Then
            Assert.Equal(["3-be9cd57", "certification"], tags);
        }

        [Theory]
        [InlineData("1.4.0", "1.4.0")]
        [InlineData("v2.0.1", "2.0.1")]
        [InlineData("1.0.0-rc.1", "1.0.0-rc.1")]
        public void Should_Add_The_Semantic_Version_And_Latest_On_A_Release(string release, string tag)
        {
            // When
            var tags = ImageTags.For("3", Source, "production", release);

            // Then
            Assert.Equal(["3-be9cd57", "production", tag, "latest"], tags);
        }

        [Theory]
        [InlineData("1.2")]
        [InlineData("01.2.3")]
        [InlineData("latest")]
        [InlineData("1.2.3\n")]
        public void Should_Refuse_A_Release_That_Is_Not_Semver(string release)
        {
            // When
            var error = Assert.Throws<InputException>(() => ImageTags.For("3", Source, "production", release));

            // Then
            Assert.Contains("semantic version", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_An_Unknown_Stage()
        {
            // When
            var error = Assert.Throws<InputException>(() => ImageTags.For("3", Source, "staging", null));

            // Then
            Assert.Contains("staging", error.Message, StringComparison.Ordinal);
        }
    }
}
