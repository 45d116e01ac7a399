using System.Globalization;
using CiCd.Metrics;
using CiCd.Reporting.Content;
using ScottPlot.TickGenerators;

namespace CiCd.Reporting.Charts;

/// <summary>One metric across the recent runs, oldest to newest: is the model getting better?</summary>
public static class RunMetricChart
{
    /// <summary>Draws <paramref name="metric"/> over the runs that recorded it; null when fewer than one did.</summary>
    public static ChartImage? Create(RunHistory history, string metric)
    {
        var points = history.Rows
            .Select((row, index) => (Index: index, Row: row))
            .Where(p => p.Row.Metrics.ContainsKey(metric))
            .ToList();
        if (points.Count == 0)
        {
            return null;
        }
        var better = MetricCatalog.HigherIsBetter(metric) ? "higher is better" : "lower is better";
        var plot = ChartStyle.NewPlot($"{metric} by run ({better})", null, metric);
        var xs = points.Select(p => (double)p.Index).ToArray();
        var ys = points.Select(p => p.Row.Metrics[metric]).ToArray();
        var line = plot.Add.Scatter(xs, ys);
        line.Color = ChartStyle.Accent;
        line.LineWidth = 2;
        line.MarkerSize = 8;
        var last = plot.Add.Marker(xs[^1], ys[^1]);
        last.Color = ChartStyle.Good;
        last.Size = 14;
        // At most five labels, counted back from the newest run so it is always labelled; dates would overlap beyond that.
        var step = Math.Max(1, (int)Math.Ceiling(points.Count / 5.0));
        var ticks = points.Where((_, i) => (points.Count - 1 - i) % step == 0).ToList();
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            ticks.Select(p => (double)p.Index).ToArray(),
            ticks.Select(p => p.Row.StartedAt.UtcDateTime.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture)).ToArray());
        var (low, high) = (ys.Min(), ys.Max());
        var pad = Math.Max((high - low) * 0.2, Math.Max(Math.Abs(high) * 0.01, 1e-3));
        plot.Axes.SetLimits(xs[0] - 0.5, xs[^1] + 0.5, low - pad, high + pad);
        return ChartImage.Render(plot, $"{metric} by run", 540, 300);
    }
}
