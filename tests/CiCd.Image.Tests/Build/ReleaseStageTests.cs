using CiCd.Image.Build;

namespace CiCd.Image.Tests.Build;

public static class ReleaseStageTests
{
    public sealed class TheForBranchMethod
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
            Assert.Equal(stage, ReleaseStage.ForBranch(branch));
        }
    }
}
