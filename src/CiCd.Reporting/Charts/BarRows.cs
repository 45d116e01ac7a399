using ScottPlot;
using ScottPlot.TickGenerators;

namespace CiCd.Reporting.Charts;

/// <summary>Horizontal bars with names on the left axis: the shape of the candidate, importance and delta charts.</summary>
internal static class BarRows
{
    /// <summary>One bar per row, top to bottom in the given order, with optional error whiskers.</summary>
    public static void Add(Plot plot, IReadOnlyList<(string Name, double Value, double Error, Color Color)> rows)
    {
        var bars = rows.Select((row, i) => new Bar
        {
            // The first row sits on top, so positions count down.
            Position = rows.Count - 1 - i,
            Value = row.Value,
            Error = row.Error,
            FillColor = row.Color,
            // ScottPlot draws the whiskers with the bar's outline pen: only rows with an error get one.
            LineWidth = row.Error > 0 ? 1.2f : 0,
            LineColor = ChartStyle.Ink,
            ErrorSize = 0.3,
        }).ToList();
        plot.Add.Bars(bars).Horizontal = true;
        var positions = rows.Select((_, i) => (double)(rows.Count - 1 - i)).ToArray();
        plot.Axes.Left.TickGenerator = new NumericManual(positions, rows.Select(r => r.Name).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
    }

    /// <summary>A height that leaves each row room for its label.</summary>
    public static int Height(int rows) => Math.Clamp(90 + (28 * rows), 220, 900);
}
