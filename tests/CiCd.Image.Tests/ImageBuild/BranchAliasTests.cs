using CiCd.Image.ImageBuild;

namespace CiCd.Image.Tests.ImageBuild;

public static class BranchAliasTests
{
    public sealed class TheOfMethod
    {
        [Theory]
        [InlineData("developer", "development")]
        [InlineData("feature/new-trainer", "development")]
        [InlineData("certification", "certification")]
        [InlineData("master", "production")]
        [InlineData("main", "production")]
        public void Should_Follow_The_Promotion_Branches(string branch, string stage)
        {
            // When / Then
            Assert.Equal(stage, BranchAlias.Of(branch));
        }
    }
}
