using CiCd.Metrics;
using CiCd.Reporting.Content;

namespace CiCd.Reporting.Charts;

/// <summary>Every candidate's cross-validated primary metric, mean ± one standard deviation, best first; the selected one stands out.</summary>
public static class CandidatesChart
{
    /// <summary>The most candidates drawn; the rest are in the table.</summary>
    public const int MaxBars = 25;

    /// <summary>Draws the candidates of <paramref name="run"/>.</summary>
    public static ChartImage Create(LatestRun run)
    {
        var metric = run.PrimaryMetric;
        var sign = MetricCatalog.HigherIsBetter(metric) ? -1 : 1;
        var rows = run.Candidates
            .Where(c => c.CvMean.ContainsKey(metric))
            .OrderBy(c => sign * c.CvMean[metric])
            .Take(MaxBars)
            .Select(c => (CandidateLabel.Name(run.Candidates, c), c.CvMean[metric], c.CvSpread.GetValueOrDefault(metric), c.Id == run.Selected ? ChartStyle.Accent : ChartStyle.AccentSoft))
            .ToList();
        var plot = ChartStyle.NewPlot($"Candidates: cross-validated {metric} (mean ± sd)", metric);
        BarRows.Add(plot, rows);
        var low = rows.Min(r => r.Item2 - r.Item3);
        var high = rows.Max(r => r.Item2 + r.Item3);
        var pad = Math.Max((high - low) * 0.15, 0.005);
        // Start the axis near the data, not at zero: candidates usually differ in the second decimal.
        plot.Axes.SetLimitsX(low - pad, high + pad);
        return ChartImage.Render(plot, "Candidates", 900, BarRows.Height(rows.Count));
    }
}
