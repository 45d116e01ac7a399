using System.Globalization;
using System.Text;
using CiCd.Monitoring.Analysis.Html;
using CiCd.Serving.Telemetry;

namespace CiCd.Serving.Dashboard;

/// <summary>
/// Predictions by class as a small horizontal bar chart in inline SVG. Drawn by hand rather than with ScottPlot because
/// it changes with every refresh: a few rectangles cost microseconds, a ScottPlot figure tens of milliseconds.
/// </summary>
public static class ClassBars
{
    private const int Width = 480;
    private const int Row = 30;
    private const int Label = 110;
    private const int Right = 70;

    /// <summary>The chart, or a line of text before any prediction.</summary>
    public static string Svg(IReadOnlyList<LabelledCount> counts)
    {
        var total = counts.Sum(c => c.Count);
        if (total == 0)
        {
            return "<p class=\"meta\" id=\"class-bars-empty\">No predictions yet.</p>";
        }
        var most = counts.Max(c => c.Count);
        var height = (counts.Count * Row) + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"class-bars\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"predictions by class\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i < counts.Count; i++)
        {
            // A regression model's rows are counted under no class.
            var (label, count) = (counts[i].Label.Length == 0 ? "(numbers)" : counts[i].Label, counts[i].Count);
            var y = (i * Row) + 5;
            var length = Math.Max(1.0, (Width - Label - Right) * (double)count / most);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label - 8}\" y=\"{y + 18}\" text-anchor=\"end\" font-size=\"13\" fill=\"{ChartPalette.InkHex}\">{DriftHtml.Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{Label}\" y=\"{y + 4}\" width=\"{length:0.#}\" height=\"{Row - 10}\" rx=\"3\" fill=\"{ChartPalette.ReferenceHex}\"><title>{DriftHtml.Encode(label)}: {count}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label + length + 6:0.#}\" y=\"{y + 18}\" font-size=\"13\" fill=\"{ChartPalette.InkHex}\">{count} ({(double)count / total:P0})</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
