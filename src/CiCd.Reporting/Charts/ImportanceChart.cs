using CiCd.Reporting.Content;

namespace CiCd.Reporting.Charts;

/// <summary>Permutation importance, most important first: mean drop of the metric with its spread over the repeats.</summary>
public static class ImportanceChart
{
    /// <summary>The most features drawn; the rest are in the table.</summary>
    public const int MaxBars = 20;

    /// <summary>Draws <paramref name="importance"/>.</summary>
    public static ChartImage Create(ImportanceResult importance)
    {
        var rows = importance.Features
            .Take(MaxBars)
            .Select(f => (f.Feature, f.MeanDrop, f.Spread, f.MeanDrop > 0 ? ChartStyle.Accent : ChartStyle.Muted))
            .ToList();
        var plot = ChartStyle.NewPlot($"Permutation importance: drop in {importance.Metric} when shuffled", $"{importance.Metric} drop");
        BarRows.Add(plot, rows);
        var zero = plot.Add.VerticalLine(0);
        zero.Color = ChartStyle.Ink;
        zero.LineWidth = 1;
        return ChartImage.Render(plot, "Permutation importance", 600, BarRows.Height(rows.Count));
    }
}
