using CiCd.Errors;
using CiCd.Image.Distribution;
using CiCd.Pipeline.Promote;
using CiCd.Pipeline.Register;
using CiCd.Pipeline.Tests.Fixtures;
using CiCd.Registry;

namespace CiCd.Pipeline.Tests.Promote;

public sealed class PromoteStageTests
{
    private static readonly ImageReference Repository = ImageReference.Parse("127.0.0.1:5000/acme/tiny");
    private static readonly string Digest = "sha256:" + new string('b', 64);

    public sealed class TheTagsForMethod
    {
        [Fact]
        public void Should_Add_The_Release_Version_And_Latest_After_The_Named_Tags()
        {
            // When
            var tags = PromoteStage.TagsFor(["production"], "v1.4.2");

            // Then
            Assert.Equal(["production", "1.4.2", "latest"], tags);
        }

        [Fact]
        public void Should_Move_Only_The_Named_Tags_Without_A_Release()
        {
            // When
            var tags = PromoteStage.TagsFor(["certification"], release: null);

            // Then
            Assert.Equal(["certification"], tags);
        }

        [Fact]
        public void Should_Refuse_A_Release_That_Is_Not_A_Semantic_Version()
        {
            // When
            var error = Assert.Throws<InputException>(() => PromoteStage.TagsFor(["production"], "1.4"));

            // Then
            Assert.Contains("not a semantic version", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class TheRollbackDigestMethod(StagedModel staged) : IClassFixture<StagedModel>
    {
        [Fact]
        public void Should_Take_The_Digest_Recorded_For_The_Model_Version()
        {
            // Given: version 1 registered and its pushed image's digest recorded
            using var folder = new TempFolder();
            var registry = new ModelRegistry(new RegistryOptions { Root = folder.PathOf("models") });
            new RegisterStage(registry).Run("tiny", staged.First.Result.OutputFolder, gateFolder: null);
            registry.SetImageDigest("tiny", "1", Digest);

            // When
            var digest = PromoteStage.RollbackDigest(new RollbackRequest(Repository, Digest: null, Version: 1, "tiny", folder.PathOf("models")));

            // Then
            Assert.Equal(Digest, digest);
        }

        [Fact]
        public void Should_Name_The_Version_Whose_Image_Was_Never_Pushed()
        {
            // Given
            using var folder = new TempFolder();
            new RegisterStage(new ModelRegistry(new RegistryOptions { Root = folder.PathOf("models") })).Run("tiny", staged.First.Result.OutputFolder, gateFolder: null);

            // When
            var error = Assert.Throws<InputException>(() =>
                PromoteStage.RollbackDigest(new RollbackRequest(Repository, Digest: null, Version: 1, "tiny", folder.PathOf("models"))));

            // Then
            Assert.Contains("tiny version 1 has no image digest recorded", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Take_A_Given_Digest_Without_Reading_The_Registry()
        {
            // When
            var digest = PromoteStage.RollbackDigest(new RollbackRequest(Repository, Digest, Version: 7, "tiny", "no-such-registry"));

            // Then
            Assert.Equal(Digest, digest);
        }

        [Fact]
        public void Should_Ask_Where_To_Roll_Back_To_Without_A_Digest_Or_Version()
        {
            // When
            var error = Assert.Throws<InputException>(() =>
                PromoteStage.RollbackDigest(new RollbackRequest(Repository, Digest: null, Version: null, "tiny", "models")));

            // Then
            Assert.Contains("--digest sha256:… or --to-version N", error.Message, StringComparison.Ordinal);
        }
    }
}
