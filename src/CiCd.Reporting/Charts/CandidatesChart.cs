using CiCd.Metrics;
using CiCd.Reporting.Content;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace CiCd.Reporting.Charts;

/// <summary>
/// Every candidate's cross-validated primary metric as a dot at the mean with whiskers of one standard deviation, best
/// first; the selected one stands out. Dots, not bars: the axis is zoomed onto the data (candidates usually differ in
/// the second decimal), and a bar drawn from a zoomed axis makes 0.799 look three times 0.775. A dot's position reads
/// the same on any axis.
/// </summary>
public static class CandidatesChart
{
    /// <summary>The most candidates drawn; the rest are in the table.</summary>
    public const int MaxBars = 25;

    /// <summary>Draws the candidates of <paramref name="run"/>.</summary>
    public static ChartImage Create(LatestRun run)
    {
        var (plot, rows) = Draw(run);
        return ChartImage.Render(plot, "Candidates", 900, BarRows.Height(rows));
    }

    /// <summary>The chart before rendering, with the number of candidates drawn.</summary>
    internal static (Plot Plot, int Rows) Draw(LatestRun run)
    {
        var metric = run.PrimaryMetric;
        var sign = MetricCatalog.HigherIsBetter(metric) ? -1 : 1;
        var rows = run.Candidates
            .Where(c => c.CvMean.ContainsKey(metric))
            .OrderBy(c => sign * c.CvMean[metric])
            .Take(MaxBars)
            .Select(c => (Name: CandidateLabel.Name(run.Candidates, c), Mean: c.CvMean[metric], Spread: c.CvSpread.GetValueOrDefault(metric), Selected: c.Id == run.Selected))
            .ToList();
        var plot = ChartStyle.NewPlot($"Candidates: cross-validated {metric} (mean ± sd)", metric);
        // The first row sits on top, so positions count down.
        var positions = rows.Select((_, i) => (double)(rows.Count - 1 - i)).ToArray();
        var means = rows.Select(r => r.Mean).ToArray();
        var spreads = rows.Select(r => r.Spread).ToArray();
        var whiskers = new ErrorBar(means, positions, spreads, spreads, null, null) { LineColor = ChartStyle.Ink, LineWidth = 1.2f, CapSize = 6 };
        plot.Add.Plottable(whiskers);
        for (var i = 0; i < rows.Count; i++)
        {
            // Unselected dots in a grey that still stands 4.8:1 against white (WCAG 1.4.11 asks 3:1 of graphics).
            plot.Add.Marker(means[i], positions[i], MarkerShape.FilledCircle, rows[i].Selected ? 13 : 9, rows[i].Selected ? ChartStyle.Accent : ChartStyle.Muted);
        }
        plot.Axes.Left.TickGenerator = new NumericManual(positions, rows.Select(r => r.Name).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        var low = rows.Min(r => r.Mean - r.Spread);
        var high = rows.Max(r => r.Mean + r.Spread);
        var pad = Math.Max((high - low) * 0.15, 0.005);
        plot.Axes.SetLimits(low - pad, high + pad, -0.7, rows.Count - 0.3);
        return (plot, rows.Count);
    }
}
