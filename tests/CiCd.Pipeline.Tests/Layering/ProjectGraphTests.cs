namespace CiCd.Pipeline.Tests.Layering;

public sealed class ProjectGraphTests
{
    public sealed class ThePackagesOfMethod
    {
        [Fact]
        public void Should_Find_No_Package_Under_The_Kernel()
        {
            // Given
            const string kernel = "CiCd.Kernel";

            // When
            var packages = ProjectGraph.PackagesOf(kernel);

            // Then
            Assert.Empty(packages);
        }

        [Theory]
        [InlineData("CiCd.GitHub")]
        [InlineData("CiCd.Registry")]
        [InlineData("CiCd.Release")]
        public void Should_Keep_ML_Net_Out_Of_The_Leaf_Projects(string project)
        {
            // Given: leaves that need errors, storage, writers or the stage contracts, not training

            // When
            var packages = ProjectGraph.PackagesOf(project);

            // Then
            Assert.DoesNotContain(packages, p => p.StartsWith("Microsoft.ML", StringComparison.Ordinal));
            Assert.DoesNotContain("YamlDotNet", packages);
        }

        [Fact]
        public void Should_Find_ML_Net_Under_Core()
        {
            // Given: the engine, so the walk is known to see packages
            const string core = "CiCd.Core";

            // When
            var packages = ProjectGraph.PackagesOf(core);

            // Then
            Assert.Contains("Microsoft.ML", packages);
            Assert.Contains("Microsoft.ML.LightGbm", packages);
        }
    }
}
