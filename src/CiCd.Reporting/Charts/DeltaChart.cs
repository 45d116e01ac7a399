using CiCd.Reporting.Content;

namespace CiCd.Reporting.Charts;

/// <summary>Candidate minus champion per metric, turned so that right is better for every metric: green gains, red losses.</summary>
public static class DeltaChart
{
    /// <summary>Draws the deltas of <paramref name="comparison"/>.</summary>
    public static ChartImage Create(ChampionComparison comparison)
    {
        var rows = comparison.Deltas
            .Select(d => (Name: d.Metric, Value: d.HigherIsBetter ? d.Delta : -d.Delta, Error: 0.0,
                Color: d.Improved ? ChartStyle.Good : d.Worsened ? ChartStyle.Bad : ChartStyle.Muted))
            .ToList();
        var plot = ChartStyle.NewPlot($"Against the champion (v{comparison.Version}): improvement per metric", "gain (→ better; lower-is-better metrics flipped)");
        BarRows.Add(plot, rows);
        var zero = plot.Add.VerticalLine(0);
        zero.Color = ChartStyle.Ink;
        zero.LineWidth = 1;
        var reach = Math.Max(rows.Max(r => Math.Abs(r.Value)), 1e-3) * 1.2;
        plot.Axes.SetLimitsX(-reach, reach);
        return ChartImage.Render(plot, "Delta against the champion", 600, BarRows.Height(rows.Count));
    }
}
