using CiCd.Data.Profiling;
using CiCd.Formats;
using CiCd.Reporting.Charts;
using ScottPlot;

namespace CiCd.Reporting.Profile;

/// <summary>The profile's plotted charts, in the run report's look (<see cref="ChartStyle"/>, <see cref="BarRows"/>).</summary>
internal static class ProfileCharts
{
    /// <summary>A numeric column's histogram with its box plot above the bars.</summary>
    public static string Histogram(string column, NumericSummary numeric, string prefix)
    {
        var plot = ChartStyle.NewPlot($"{column}: distribution", column, "rows");
        var bins = numeric.Histogram;
        var peak = Math.Max(1, bins.Counts.Max());
        plot.Add.Bars(bins.Counts.Select((count, i) => new Bar
        {
            Position = (bins.Edges[i] + bins.Edges[i + 1]) / 2,
            Value = count,
            Size = (bins.Edges[i + 1] - bins.Edges[i]) * 0.95,
            FillColor = ChartStyle.AccentSoft,
            LineWidth = 0,
        }).ToList());
        // The box plot sits over the bars, at 115 % of the tallest: whiskers, box from Q1 to Q3, the median.
        var (y, half) = (peak * 1.15, peak * 0.05);
        var box = numeric.Box;
        AddLine(plot, box[0], box[1], y, y);
        AddLine(plot, box[3], box[4], y, y);
        var rectangle = plot.Add.Rectangle(box[1], box[3], y - half, y + half);
        rectangle.FillColor = ChartStyle.Accent.WithAlpha(0.25);
        rectangle.LineColor = ChartStyle.Accent;
        AddLine(plot, box[2], box[2], y - half, y + half);
        var note = plot.Add.Text($"box: {Short(box[1])}–{Short(box[3])}, median {Short(box[2])}", box[1], y + (half * 1.6));
        note.LabelFontSize = 11;
        note.LabelFontColor = ChartStyle.Ink;
        plot.Axes.SetLimitsY(0, peak * 1.35);
        return InlineSvg.Of(plot, $"Histogram and box plot of {column}", prefix, 520, 300);
    }

    /// <summary>A categorical column's most frequent levels as horizontal bars.</summary>
    public static string Levels(string column, CategorySummary categories, string prefix)
    {
        var rows = categories.Top.Select(l => (l.Value, (double)l.Count, 0.0, ChartStyle.Accent)).ToList();
        if (categories.OtherCount > 0)
        {
            rows.Add((Counted.Of(categories.OtherLevels, "other level"), categories.OtherCount, 0.0, ChartStyle.Muted));
        }
        var plot = ChartStyle.NewPlot($"{column}: levels", "rows");
        BarRows.Add(plot, rows);
        return InlineSvg.Of(plot, $"Level counts of {column}", prefix, 520, BarRows.Height(rows.Count));
    }

    /// <summary>The class mix of each bin or level: stacked shares, one colour per class, with a legend.</summary>
    public static string ClassMix(string column, IReadOnlyList<TargetMixRow> mix, IReadOnlyList<string> classes, string prefix)
    {
        var rows = mix.Where(m => m.Count > 0).ToList();
        var plot = ChartStyle.NewPlot($"{column}: class mix by {(rows.Count > 0 && rows[0].Level.StartsWith('[') ? "bin" : "level")}", "share of rows");
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            var start = 0.0;
            for (var c = 0; c < classes.Count; c++)
            {
                var share = (double)rows[i].ClassCounts[c] / rows[i].Count;
                bars.Add(new Bar { Position = rows.Count - 1 - i, ValueBase = start, Value = start + share, FillColor = ChartStyle.Series[c % ChartStyle.Series.Count], LineWidth = 0 });
                start += share;
            }
        }
        plot.Add.Bars(bars).Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. rows.Select((_, i) => (double)(rows.Count - 1 - i))], [.. rows.Select(r => $"{r.Level} (n={r.Count})")]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.SetLimitsX(0, 1);
        for (var c = 0; c < classes.Count; c++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = classes[c], FillColor = ChartStyle.Series[c % ChartStyle.Series.Count] });
        }
        plot.ShowLegend(Alignment.LowerRight);
        return InlineSvg.Of(plot, $"Class mix of the target by {column}", prefix, 520, BarRows.Height(rows.Count));
    }

    private static void AddLine(Plot plot, double x1, double x2, double y1, double y2)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.Color = ChartStyle.Ink;
        line.LineWidth = 1.5f;
    }

    private static string Short(double value) => value.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
}
