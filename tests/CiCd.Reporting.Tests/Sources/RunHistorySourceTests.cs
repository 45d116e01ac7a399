using CiCd.Configuration;
using CiCd.Reporting.Sources;
using CiCd.Reporting.Tests.Fixtures;
using CiCd.Testing.Workspace;
using CiCd.Tracking.Store;

namespace CiCd.Reporting.Tests.Sources;

public static class RunHistorySourceTests
{
    [Collection(SharedWorkspace.Name)]
    public sealed class TheReadMethod(TrainedWorkspace workspace)
    {
        [Fact]
        public void Should_Read_The_Experiments_Runs_Oldest_First_With_Their_Selection()
        {
            // Given
            var location = workspace.Tracking;

            // When
            var history = RunHistorySource.Read(location, workspace.Card.Name, TaskKind.Binary, "roc_auc", 50).Content!;

            // Then
            Assert.Equal(["old-1", "old-2", workspace.Card.RunId], history.Rows.Select(r => r.RunId));
            Assert.Equal("fast_tree(default)", history.Rows[0].Selected);
            Assert.Equal(["roc_auc", "expected_cost"], history.KeyMetrics);
        }

        [Fact]
        public void Should_Not_Create_A_Store_That_Is_Not_There()
        {
            // Given
            using var empty = new TempFolder();
            var location = TrackingLocation.Sqlite(empty.PathOf("tracking.db"));

            // When
            var part = RunHistorySource.Read(location, "toy-credit", TaskKind.Binary, "roc_auc", 50);

            // Then
            Assert.Null(part.Content);
            Assert.StartsWith("no tracking store at sqlite:", part.Note, StringComparison.Ordinal);
            Assert.False(File.Exists(location.Target));
        }
    }
}
