using System.Globalization;
using CiCd.Formats;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Windows;
using ScottPlot;

namespace CiCd.Monitoring.Analysis.Html;

/// <summary>Draws the report's charts with ScottPlot as SVG text, so the HTML carries them inline (the service's dashboard reuses them).</summary>
public static class DriftCharts
{
    private const int MaxBins = 24;

    /// <summary>Reference and current shares overlaid on the same bins or categories.</summary>
    public static string Histogram(string title, Histogram histogram, int width, int height)
    {
        var plot = NewPlot(title);
        var count = Math.Min(histogram.Labels.Length, MaxBins);
        var positions = Enumerable.Range(0, count).Select(i => (double)i).ToArray();
        AddBars(plot, positions, histogram.ReferenceShares.Take(count), ChartPalette.Reference, "reference", 0.8);
        AddBars(plot, positions, histogram.CurrentShares.Take(count), ChartPalette.Current, "current", 0.5);
        plot.Axes.Bottom.SetTicks(positions, [.. histogram.Labels.Take(count).Select(Shorten)]);
        var rotate = count > 4;
        plot.Axes.Bottom.TickLabelStyle.Rotation = rotate ? 40 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = rotate ? Alignment.MiddleLeft : Alignment.UpperCenter;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 10;
        // The automatic layout does not measure rotated labels; reserve room for them explicitly.
        plot.Layout.Fixed(new PixelPadding(58, 12, rotate ? 92 : 36, 42));
        plot.Axes.Margins(bottom: 0);
        plot.YLabel("share of rows");
        plot.ShowLegend(Alignment.UpperRight);
        return Svg(plot, width, height);
    }

    /// <summary>Drifted share per window, the policy's threshold, and markers where abrupt changes start; <paramref name="title"/> replaces the default one.</summary>
    public static string DriftShareOverTime(IReadOnlyList<WindowDrift> windows, IReadOnlyList<AbruptChange> changes, double threshold, int width, int height,
        string? title = null)
    {
        var plot = NewPlot(title ?? "Drifted share of features per window");
        var tested = windows.Where(w => w.Features is not null).ToList();
        var xs = tested.Select(w => w.Start.UtcDateTime.ToOADate()).ToArray();
        var line = plot.Add.Scatter(xs, [.. tested.Select(w => w.Features!.DriftShare)]);
        line.Color = ChartPalette.Reference;
        line.LineWidth = 2;
        line.MarkerSize = 7;
        line.LegendText = "drifted share";
        var limit = plot.Add.HorizontalLine(threshold);
        limit.Color = ChartPalette.Red;
        limit.LinePattern = LinePattern.Dashed;
        limit.LegendText = $"dataset drift (≥ {threshold:0.##})";
        foreach (var start in changes.Select(c => c.WindowStart).Distinct())
        {
            var mark = plot.Add.VerticalLine(start.UtcDateTime.ToOADate());
            mark.Color = ChartPalette.Red.WithAlpha(0.3);
            mark.LineWidth = 3;
        }
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.SetLimitsY(0, 1.05);
        plot.YLabel("drifted share");
        plot.ShowLegend(Alignment.UpperLeft);
        return Svg(plot, width, height);
    }

    /// <summary>PSI per window for the features that moved most, with the PSI bands; <paramref name="title"/> replaces the default one.</summary>
    public static string PsiOverTime(IReadOnlyList<WindowDrift> windows, double moderate, double major, int width, int height, int features = 6,
        string? title = null)
    {
        var plot = NewPlot(title ?? $"PSI per window (top {Counted.Of(features, "feature")})");
        var tested = windows.Where(w => w.Features is not null).ToList();
        var xs = tested.Select(w => w.Start.UtcDateTime.ToOADate()).ToArray();
        var names = tested.SelectMany(w => w.Features!.Columns).Where(c => c.Psi is not null)
            .GroupBy(c => c.Name).OrderByDescending(g => g.Max(c => c.Psi!.Value)).Take(features).Select(g => g.Key).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            var ys = tested.Select(w => w.Features!.Columns.FirstOrDefault(c => c.Name == names[i])?.Psi ?? double.NaN).ToArray();
            var series = plot.Add.Scatter(xs, ys);
            series.Color = ChartPalette.Series[i % ChartPalette.Series.Count];
            series.LineWidth = 2;
            series.MarkerSize = 5;
            series.LegendText = names[i];
        }
        foreach (var (band, label) in new[] { (moderate, "moderate"), (major, "major") })
        {
            var line = plot.Add.HorizontalLine(band);
            line.Color = ChartPalette.Ink.WithAlpha(0.5);
            line.LinePattern = LinePattern.Dotted;
            line.LegendText = $"PSI {label} ({band:0.##})";
        }
        plot.Axes.DateTimeTicksBottom();
        plot.YLabel("PSI");
        plot.ShowLegend(Alignment.UpperLeft);
        return Svg(plot, width, height);
    }

    /// <summary>One metric per window against its gate bounds.</summary>
    public static string MetricOverTime(string metric, IReadOnlyList<WindowDrift> windows, double? min, double? max, int width, int height)
    {
        var plot = NewPlot($"{metric} on labelled rows per window");
        var scored = windows.Where(w => w.Performance is { Scored: true } p && p.Metrics.ContainsKey(metric)).ToList();
        double[] xs = [.. scored.Select(w => w.Start.UtcDateTime.ToOADate())];
        double[] ys = [.. scored.Select(w => w.Performance!.Metrics[metric])];
        var line = plot.Add.Scatter(xs, ys);
        line.Color = ChartPalette.Reference;
        line.LineWidth = 2;
        line.MarkerSize = 7;
        line.LegendText = metric;
        foreach (var (bound, label) in new[] { (min, "gate min"), (max, "gate max") })
        {
            if (bound is { } value)
            {
                var gate = plot.Add.HorizontalLine(value);
                gate.Color = ChartPalette.Red;
                gate.LinePattern = LinePattern.Dashed;
                gate.LegendText = $"{label} {value:0.###}";
            }
        }
        plot.Axes.DateTimeTicksBottom();
        plot.ShowLegend(Alignment.LowerLeft);
        return Svg(plot, width, height);
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Title(title, size: 14);
        plot.FigureBackground.Color = Colors.White;
        // ScottPlot falls back to a serif face on Linux; the report reads as one page in a sans face.
        plot.Font.Set("DejaVu Sans");
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        return plot;
    }

    private static void AddBars(Plot plot, double[] positions, IEnumerable<double> shares, Color color, string legend, double size)
    {
        var bars = plot.Add.Bars(positions, [.. shares]);
        foreach (var bar in bars.Bars)
        {
            bar.FillColor = color.WithAlpha(0.75);
            bar.LineWidth = 0;
            bar.Size = size;
        }
        bars.LegendText = legend;
    }

    private static string Shorten(string label) => label.Length <= 18 ? label : label[..17] + "…";

    // The SVG is embedded in HTML, so the XML prolog goes; a viewBox lets the page scale it to its box.
    private static string Svg(Plot plot, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var body = start > 0 ? svg[start..] : svg;
        return body.Contains("viewBox", StringComparison.Ordinal)
            ? body
            : string.Create(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {width} {height}\"{body[4..]}");
    }
}
