using System.Text;
using CiCd.Gate.Paired;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Html;

/// <summary>Inside the gate section: on which rows the champion was measured, and the paired differences with their intervals.</summary>
internal static class PairedComparisonSection
{
    public static void Append(StringBuilder html, PairedComparison? comparison)
    {
        if (comparison is null)
        {
            return;
        }
        if (!comparison.Paired)
        {
            Note(html, $"Champion compared {comparison.Basis}.");
            return;
        }
        html.Append("<p>Champion measured on the same rows: ").Append(E(comparison.Basis)).Append(".</p>\n");
        if (comparison.Differences.Count == 0)
        {
            return;
        }
        TableStart(html, "paired-table", HtmlColumn.Text("metric"), HtmlColumn.Number("candidate"), HtmlColumn.Number("champion"),
            HtmlColumn.Number("difference"), HtmlColumn.Text("95 % interval"), HtmlColumn.Text("method"));
        foreach (var d in comparison.Differences)
        {
            html.Append("<tr>");
            Cell(html, E(d.Metric));
            Cell(html, d.Candidate);
            Cell(html, d.Champion);
            Cell(html, d.Difference, Signed(d.Difference));
            Cell(html, double.IsNaN(d.Lower) ? "–" : $"[{Signed(d.Lower)}, {Signed(d.Upper)}]");
            Cell(html, E(d.Method));
            html.Append("</tr>\n");
        }
        TableEnd(html);
    }
}
