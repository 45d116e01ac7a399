using System.Globalization;
using System.Text;
using CiCd.Reporting.Charts;
using CiCd.Reporting.Content;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Html;

/// <summary>The candidate's test metrics against the production champion's, as a chart and a table.</summary>
internal static class ChampionSection
{
    public static void Append(StringBuilder html, ReportPart<ChampionComparison> champion)
    {
        var part = champion.Content is { Deltas.Count: 0 } ? ReportPart.Missing<ChampionComparison>("the champion shares no metric with this run") : champion;
        Section(html, "champion", "Against the champion", "Test metrics of this run minus those of the version holding the production alias.", part, comparison =>
        {
            html.Append("<p>Champion: <code>").Append(E(comparison.Model)).Append("</code> version ").Append(comparison.Version)
                .Append(" (run <code>").Append(E(comparison.RunId)).Append("</code>).</p>\n<div class=\"grid2\">\n");
            Chart(html, DeltaChart.Create(comparison));
            TableStart(html, "champion-table", HtmlColumn.Text("metric"), HtmlColumn.Number("candidate"), HtmlColumn.Number("champion"),
                HtmlColumn.Number("delta"), HtmlColumn.Number("relative"));
            foreach (var delta in comparison.Deltas)
            {
                html.Append("<tr data-metric=\"").Append(E(delta.Metric)).Append("\">");
                Cell(html, E(delta.Metric) + (delta.HigherIsBetter ? "" : " <small>(lower is better)</small>"));
                Cell(html, delta.Candidate);
                Cell(html, delta.Champion);
                Cell(html, delta.Delta, Signed(delta.Delta), delta.Improved ? "up" : delta.Worsened ? "down" : "flat");
                Cell(html, delta.Relative, delta.Relative?.ToString("+0.0%;−0.0%;0.0%", CultureInfo.InvariantCulture) ?? "–");
                html.Append("</tr>\n");
            }
            TableEnd(html);
            html.Append("</div>\n");
        });
    }
}
