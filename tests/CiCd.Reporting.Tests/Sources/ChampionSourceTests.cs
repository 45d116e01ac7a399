using CiCd.Reporting.Sources;
using CiCd.Reporting.Tests.Fixtures;
using CiCd.Testing.Workspace;

namespace CiCd.Reporting.Tests.Sources;

public static class ChampionSourceTests
{
    [Collection(SharedWorkspace.Name)]
    public sealed class TheCompareMethod(TrainedWorkspace workspace)
    {
        [Fact]
        public void Should_Read_A_Lower_Cost_As_An_Improvement()
        {
            // Given
            var candidate = workspace.Card.Metrics;

            // When
            var comparison = ChampionSource.Compare(workspace.RegistryRoot, workspace.Card.Name, workspace.Card.RunId, candidate, "roc_auc").Content!;

            // Then
            var cost = comparison.Deltas.Single(d => d.Metric == "expected_cost");
            Assert.Equal(-TrainedWorkspace.ChampionGap, cost.Delta, precision: 9);
            Assert.True(cost.Improved);
            Assert.False(cost.HigherIsBetter);
            Assert.Equal("roc_auc", comparison.Deltas[0].Metric);
        }

        [Fact]
        public void Should_Say_So_When_No_Version_Holds_The_Production_Alias()
        {
            // Given
            using var empty = new TempFolder();

            // When
            var part = ChampionSource.Compare(empty.Root, "toy-credit", workspace.Card.RunId, workspace.Card.Metrics, "roc_auc");

            // Then
            Assert.Null(part.Content);
            Assert.Equal($"no version of 'toy-credit' holds the production alias in {empty.Root}: nothing to compare with yet", part.Note);
        }
    }
}
