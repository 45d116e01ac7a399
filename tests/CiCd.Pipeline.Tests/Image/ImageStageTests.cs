using CiCd.Errors;
using CiCd.Image.ImageBuild;
using CiCd.Image.Push;
using CiCd.Pipeline.Image;
using CiCd.Pipeline.Register;
using CiCd.Pipeline.Tests.Fixtures;
using CiCd.Registry;

namespace CiCd.Pipeline.Tests.Image;

public sealed class ImageStageTests
{
    private static readonly string Digest = "sha256:" + new string('c', 64);

    // The staged run registered as version 1 of "tiny" in the folder's models/.
    private static string Registered(StagedModel staged, TempFolder folder)
    {
        var root = folder.PathOf("models");
        new RegisterStage(new ModelRegistry(new RegistryOptions { Root = root })).Run("tiny", staged.First.Result.OutputFolder, gateFolder: null);
        return root;
    }

    private static ImageBuildRequest Build(StagedModel staged, string? modelVersion = null, string? stage = null) =>
        new(new BuildInputs("Dockerfile", "out/publish", staged.First.Result.OutputFolder, null), "127.0.0.1:5000/acme/tiny",
            modelVersion, stage, Release: null, Branch: "certification", Revision: new string('e', 40), Source: "https://example.test/acme/tiny");

    public sealed class ThePrepareMethod(StagedModel staged) : IClassFixture<StagedModel>
    {
        [Fact]
        public void Should_Label_The_Version_Registered_For_The_Cards_Run_And_Tag_The_Branchs_Alias()
        {
            // Given
            using var folder = new TempFolder();
            var stage = new ImageStage(Registered(staged, folder), TextWriter.Null);

            // When
            var request = stage.Prepare(Build(staged));

            // Then
            Assert.Equal("1", request.ModelVersion);
            Assert.Equal("certification", request.Stage);
            Assert.Equal("127.0.0.1:5000/acme/tiny", request.Repository.Repository);
            Assert.Equal("eeeeeee", request.Source.ShortRevision);
        }

        [Fact]
        public void Should_Take_A_Given_Version_And_Stage_Without_Reading_The_Registry()
        {
            // Given
            var stage = new ImageStage("no-such-registry", TextWriter.Null);

            // When
            var request = stage.Prepare(Build(staged, modelVersion: "7", stage: "production"));

            // Then
            Assert.Equal("7", request.ModelVersion);
            Assert.Equal("production", request.Stage);
        }

        [Fact]
        public void Should_Ask_For_A_Registration_When_The_Run_Is_Not_Registered()
        {
            // Given
            using var folder = new TempFolder();
            var stage = new ImageStage(folder.PathOf("models"), TextWriter.Null);

            // When
            var error = Assert.Throws<InputException>(() => stage.Prepare(Build(staged)));

            // Then
            Assert.Contains($"run {staged.First.Card.RunId} of 'tiny' is not registered", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class TheRecordMethod(StagedModel staged) : IClassFixture<StagedModel>
    {
        private static PushResult Pushed(params (string Name, string Value)[] labels) =>
            new("127.0.0.1:5000/acme/tiny", Digest, ["certification"], labels.ToDictionary(l => l.Name, l => l.Value));

        [Fact]
        public void Should_Record_The_Digest_On_The_Version_The_Labels_Name()
        {
            // Given
            using var folder = new TempFolder();
            var root = Registered(staged, folder);

            // When
            var recorded = new ImageStage(root, TextWriter.Null).Record(Pushed((LabelNames.ModelName, "tiny"), (LabelNames.ModelVersion, "1")));

            // Then
            Assert.Equal($"{root}/tiny version 1", recorded);
            Assert.Equal(Digest, new ModelRegistry(new RegistryOptions { Root = root }).GetVersion("tiny", "1").ImageDigest);
        }

        [Fact]
        public void Should_Leave_An_Image_Of_An_Unregistered_Version_Unrecorded()
        {
            // Given
            using var folder = new TempFolder();
            var root = Registered(staged, folder);

            // When
            var recorded = new ImageStage(root, TextWriter.Null).Record(Pushed((LabelNames.ModelName, "tiny"), (LabelNames.ModelVersion, "2")));

            // Then
            Assert.Null(recorded);
            Assert.Null(new ModelRegistry(new RegistryOptions { Root = root }).GetVersion("tiny", "1").ImageDigest);
        }

        [Fact]
        public void Should_Leave_An_Image_Without_Model_Labels_Unrecorded()
        {
            // When
            var recorded = new ImageStage("no-such-registry", TextWriter.Null).Record(Pushed());

            // Then
            Assert.Null(recorded);
        }
    }
}
