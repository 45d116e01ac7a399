using System.Text;
using ScottPlot;

namespace CiCd.Reporting.Charts;

/// <summary>
/// A rendered chart, kept as an SVG data URI: the HTML stays one file, the chart stays sharp when zoomed,
/// and each chart's internal ids (clip paths) cannot collide with another's as they would inline.
/// </summary>
public sealed record ChartImage(string Title, string DataUri, int Width, int Height)
{
    /// <summary>Renders <paramref name="plot"/> at the given size.</summary>
    internal static ChartImage Render(Plot plot, string title, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        return new ChartImage(title, "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)), width, height);
    }
}
