using CiCd.Reporting.Tests.Fixtures;
using CiCd.Testing.Workspace;

namespace CiCd.Reporting.Tests;

public static class ReportBuilderTests
{
    [Collection(SharedWorkspace.Name)]
    public sealed class TheBuildMethod(TrainedWorkspace workspace)
    {
        [Fact]
        public void Should_Fill_Every_Section_From_A_Complete_Workspace()
        {
            // Given
            var data = workspace.Report;

            // When
            string?[] notes = [data.Latest.Note, data.Gate.Note, data.Champion.Note, data.Importance.Note, data.Runs.Note];

            // Then
            Assert.All(notes, Assert.Null);
            Assert.All(data.Artefacts, a => Assert.True(a.Exists, $"{a.Name} should exist"));
            Assert.Equal(workspace.Card.Name, data.Model);
        }

        [Fact]
        public void Should_Say_What_Is_Missing_When_Nothing_Ran_Yet()
        {
            // Given
            using var empty = new TempFolder();
            var options = new ReportOptions
            {
                TrainFolder = empty.PathOf("out/train"),
                GateFolder = empty.PathOf("out/gate"),
                Tracking = Tracking.Store.TrackingLocation.Sqlite(empty.PathOf("tracking.db")),
                RegistryRoot = empty.PathOf("models"),
                OutputFolder = empty.PathOf("out/report"),
            };

            // When
            var data = new ReportBuilder(options, TimeProvider.System).Build();

            // Then
            Assert.StartsWith("no model card in", data.Latest.Note, StringComparison.Ordinal);
            Assert.StartsWith("no gate report in", data.Gate.Note, StringComparison.Ordinal);
            Assert.StartsWith("no tracking store at", data.Runs.Note, StringComparison.Ordinal);
            Assert.All(data.Artefacts, a => Assert.False(a.Exists));
        }

        [Fact]
        public void Should_Skip_Importance_Without_A_Config()
        {
            // Given
            var options = workspace.Options(Path.Combine(workspace.Root, "out/other")) with { ConfigPath = null };

            // When
            var data = new ReportBuilder(options, TimeProvider.System).Build();

            // Then
            Assert.Null(data.Importance.Content);
            Assert.Equal("no pipeline config: the test split cannot be rebuilt", data.Importance.Note);
        }

        [Fact]
        public void Should_Compare_With_The_Model_Named()
        {
            // Given
            var options = workspace.Options(Path.Combine(workspace.Root, "out/other")) with { Model = "another-model", ConfigPath = null };

            // When
            var data = new ReportBuilder(options, TimeProvider.System).Build();

            // Then
            Assert.StartsWith("no version of 'another-model' holds the production alias", data.Champion.Note, StringComparison.Ordinal);
        }
        [Fact]
        public void Should_Say_The_Run_Is_The_Champion_Instead_Of_Comparing_It_With_Itself()
        {
            // Given the trained run itself registered under the production alias, as 'mlops promote' leaves it
            using var registry = new TempFolder();
            var version = PromotedRun.Register(workspace.TrainFolder, registry.Root, workspace.Card.Name);
            var options = workspace.Options(Path.Combine(workspace.Root, "out/self")) with { RegistryRoot = registry.Root, ConfigPath = null };

            // When
            var data = new ReportBuilder(options, TimeProvider.System).Build();

            // Then no comparison of identical numbers, and the note says why
            Assert.Null(data.Champion.Content);
            Assert.Equal($"this run ({workspace.Card.RunId}) is the champion: version {version} of '{workspace.Card.Name}' holds the production alias, " +
                "so there is no other version to compare it with", data.Champion.Note);
        }
    }
}
