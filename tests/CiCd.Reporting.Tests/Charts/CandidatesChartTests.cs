using CiCd.Reporting.Charts;
using CiCd.Reporting.Tests.Fixtures;
using CiCd.Testing.Workspace;
using CiCd.Train;
using ScottPlot.Plottables;

namespace CiCd.Reporting.Tests.Charts;

public static class CandidatesChartTests
{
    [Collection(SharedWorkspace.Name)]
    public sealed class TheDrawMethod(TrainedWorkspace workspace)
    {
        // The case: on an axis cut at 0.71, a bar to 0.799 looks three times as long as one to 0.775.
        private static readonly CardCandidate[] Close =
        [
            Candidate("a", 0.799, 0.012), Candidate("b", 0.775, 0.020), Candidate("c", 0.790, 0.004),
        ];

        [Fact]
        public void Should_Draw_Each_Candidate_As_A_Dot_With_Whiskers_Of_One_Sd_Not_As_A_Bar()
        {
            // Given
            var run = workspace.Report.Latest.Content! with { PrimaryMetric = "roc_auc", Candidates = Close, Selected = "a" };

            // When
            var (plot, rows) = CandidatesChart.Draw(run);

            // Then
            var plottables = plot.GetPlottables().ToList();
            Assert.Equal(3, rows);
            Assert.DoesNotContain(plottables, p => p is BarPlot);
            var dots = plottables.OfType<Marker>().ToList();
            Assert.Equal([0.799, 0.790, 0.775], dots.Select(d => d.X));
            var whiskers = Assert.Single(plottables.OfType<ErrorBar>());
            Assert.Equal([0.799, 0.790, 0.775], whiskers.Xs);
            Assert.Equal([0.012, 0.004, 0.020], whiskers.XErrorPositive!);
            Assert.Equal([0.012, 0.004, 0.020], whiskers.XErrorNegative!);
            Assert.Null(whiskers.YErrorPositive);
        }

        [Fact]
        public void Should_Set_The_Selected_Candidate_Apart()
        {
            // Given
            var run = workspace.Report.Latest.Content! with { PrimaryMetric = "roc_auc", Candidates = Close, Selected = "c" };

            // When
            var (plot, _) = CandidatesChart.Draw(run);

            // Then
            var dots = plot.GetPlottables().OfType<Marker>().ToList();
            var selected = Assert.Single(dots, d => d.X == 0.790);
            Assert.All(dots.Where(d => d != selected), d => Assert.True(d.MarkerSize < selected.MarkerSize));
        }

        private static CardCandidate Candidate(string id, double mean, double sd) => new(id, "LbfgsLogisticRegression",
            new Dictionary<string, double> { ["l2"] = mean }, new Dictionary<string, double> { ["roc_auc"] = mean },
            new Dictionary<string, double> { ["roc_auc"] = sd }, 1.0);
    }
}
