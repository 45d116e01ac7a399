using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Pipeline.Register;
using CiCd.Pipeline.Release;
using CiCd.Pipeline.Tests.Fixtures;
using CiCd.Registry;

namespace CiCd.Pipeline.Tests.Release;

public sealed class ReleaseStageTests
{
    // A repository whose mlops.yaml numbers releases v2.3.x and whose registry sits beside it (models/).
    private static MlopsConfig ConfigIn(GitRepository repository) =>
        new ConfigBuilder().TopLevel("release:").TopLevel("  version: \"2.3\"").Parse(repository.Folder);

    public sealed class ThePlanMethod
    {
        [Fact]
        public void Should_Number_The_Commit_One_Past_The_Highest_Tag_Of_The_Configured_Series()
        {
            // Given
            using var repository = new GitRepository();
            repository.Tag("v2.3.0", repository.Commit("first release"));
            repository.Tag("v1.9.7", repository.Commit("an older series"));
            var head = repository.Commit("second release");

            // When
            var plan = new ReleaseStage(ConfigIn(repository)).Plan(head);

            // Then
            Assert.Equal("2.3.1", plan.Version);
            Assert.Equal("v2.3.0", plan.Previous);
            Assert.False(plan.AlreadyTagged);
        }

        [Fact]
        public void Should_Refuse_A_Config_Outside_A_Git_Repository()
        {
            // Given
            using var folder = new TempFolder();
            var config = new ConfigBuilder().Parse(folder.Root);

            // When
            var error = Record.Exception(() => new ReleaseStage(config).Plan("0123456"));

            // Then
            Assert.IsAssignableFrom<MlopsException>(error);
        }
    }

    public sealed class TheWriteNotesMethod(StagedModel staged) : IClassFixture<StagedModel>
    {
        [Fact]
        public void Should_Write_The_Notes_Of_The_Certified_Version_Numbered_By_The_Plan()
        {
            // Given: the trained run registered as certification in the repository's registry, and no gate report
            using var repository = new GitRepository();
            repository.Tag("v2.3.4", repository.Commit("earlier release"));
            var head = repository.Commit("this release");
            var config = ConfigIn(repository);
            new RegisterStage(new ModelRegistry(new RegistryOptions { Root = config.Registry.Root }))
                .Run(config.Registry.Model, staged.First.Result.OutputFolder, gateFolder: null, "certification");
            var output = Path.Combine(repository.Folder, "out/release/notes.md");

            // When
            var written = new ReleaseStage(config).WriteNotes(new ReleaseNotesRequest("missing-card.json", "certification",
                GateReport: null, Version: null, Image: "ghcr.io/acme/tiny@sha256:" + new string('a', 64), head, output));

            // Then
            Assert.Equal("v2.3.5", written.Plan.Tag);
            Assert.Equal(written.Markdown, File.ReadAllText(output));
            Assert.StartsWith($"# tiny 2.3.5\n", written.Markdown, StringComparison.Ordinal);
            Assert.Contains($"run `{staged.First.Card.RunId}`", written.Markdown, StringComparison.Ordinal);
            Assert.Contains($"- **Commit**: `{head}`", written.Markdown, StringComparison.Ordinal);
            Assert.Contains("- **Previous release**: `v2.3.4`", written.Markdown, StringComparison.Ordinal);
        }
    }
}
