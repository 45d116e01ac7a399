using System.Globalization;
using System.Net;
using System.Text;
using CiCd.Reporting.Charts;
using CiCd.Reporting.Content;

namespace CiCd.Reporting.Html;

/// <summary>Escaping, number formats and the building blocks every HTML section is made of.</summary>
internal static class HtmlFormat
{
    /// <summary>Text escaped for an element or a quoted attribute.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A metric value to four decimals, or a dash.</summary>
    public static string N(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "–";

    /// <summary>A signed difference to four decimals.</summary>
    public static string Signed(double value) => value.ToString("+0.0000;−0.0000;0.0000", CultureInfo.InvariantCulture);

    /// <summary>
    /// A section card: its data through <paramref name="body"/>, or the part's note when it has none. Every
    /// section carries <c>data-section</c> so tests and people can find it.
    /// </summary>
    public static void Section<T>(StringBuilder html, string id, string title, string lead, ReportPart<T> part, Action<T> body)
        where T : class
    {
        html.Append("<section class=\"card\" id=\"").Append(id).Append("\" data-section=\"").Append(id).Append("\">\n<h2>")
            .Append(E(title)).Append("</h2>\n<p class=\"lead\">").Append(E(lead)).Append("</p>\n");
        if (part.Content is { } content)
        {
            body(content);
        }
        else
        {
            Note(html, part.Note);
        }
        html.Append("</section>\n");
    }

    /// <summary>The note a section shows instead of data it does not have.</summary>
    public static void Note(StringBuilder html, string? note) =>
        html.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");

    /// <summary>A chart as an image with alt text.</summary>
    public static void Chart(StringBuilder html, ChartImage chart) =>
        html.Append("<figure class=\"chart\"><img alt=\"").Append(E(chart.Title)).Append("\" width=\"").Append(chart.Width)
            .Append("\" height=\"").Append(chart.Height).Append("\" src=\"").Append(chart.DataUri).Append("\"></figure>\n");

    /// <summary>
    /// Opens a box that scrolls when its table is long: focusable and named, so a keyboard can scroll it and a screen
    /// reader announces what it holds (WCAG 2.1.1). Closed with <c>&lt;/div&gt;</c>.
    /// </summary>
    public static void ScrollStart(StringBuilder html, string label) =>
        html.Append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").Append(E(label)).Append("\">");

    /// <summary>
    /// Opens a sortable table: numeric columns sort by their cells' <c>data-value</c>. Each header is a button, so the
    /// keyboard sorts as the mouse does; the script keeps <c>aria-sort</c> on the sorted one.
    /// </summary>
    public static void TableStart(StringBuilder html, string? id, params IEnumerable<HtmlColumn> columns)
    {
        html.Append("<table class=\"sortable\"").Append(id is null ? "" : $" id=\"{id}\"").Append(">\n<thead><tr>");
        foreach (var column in columns)
        {
            html.Append(column.Numeric ? "<th scope=\"col\" class=\"num\" data-type=\"number\">" : "<th scope=\"col\">")
                .Append("<button type=\"button\">").Append(E(column.Name)).Append("</button></th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
    }

    /// <summary>Closes a table opened with <see cref="TableStart"/>.</summary>
    public static void TableEnd(StringBuilder html) => html.Append("</tbody></table>\n");

    /// <summary>A text cell; <paramref name="markup"/> is already HTML.</summary>
    public static void Cell(StringBuilder html, string markup) => html.Append("<td>").Append(markup).Append("</td>");

    /// <summary>A number cell: sorts by the exact value, shows <paramref name="shown"/> (default four decimals).</summary>
    public static void Cell(StringBuilder html, double? value, string? shown = null, string? css = null) =>
        html.Append("<td class=\"num").Append(css is null ? "" : $" {css}").Append("\" data-value=\"")
            .Append(value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "")
            .Append("\">").Append(shown ?? N(value)).Append("</td>");
}
