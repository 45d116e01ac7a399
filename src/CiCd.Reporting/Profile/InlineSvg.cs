using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Profile;

/// <summary>
/// A ScottPlot chart as SVG inside the page (the profile has many charts; inline, their labels are text a reader can
/// search and a test can read). Each chart's internal ids get a prefix of their own, so clip paths cannot collide.
/// </summary>
internal static partial class InlineSvg
{
    [GeneratedRegex("""(id="|url\(#|href="#)([^")]+)""")]
    private static partial Regex Ids();

    /// <summary>The SVG element for <paramref name="plot"/>, named by <paramref name="label"/> for screen readers.</summary>
    public static string Of(Plot plot, string label, string prefix, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return Name(Ids().Replace(start > 0 ? svg[start..] : svg, m => m.Groups[1].Value + prefix + "-" + m.Groups[2].Value), label, width, height);
    }

    /// <summary>Gives a hand-drawn or plotted SVG its accessible name and a viewBox, so it scales with the page.</summary>
    public static string Name(string svg, string label, int width, int height)
    {
        var viewBox = svg.Contains("viewBox", StringComparison.Ordinal) ? "" : string.Create(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width} {height}\"");
        return "<svg role=\"img\" aria-label=\"" + E(label) + "\"" + viewBox + svg[4..];
    }
}
