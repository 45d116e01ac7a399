using System.Text;
using CiCd.Formats;
using CiCd.Reporting.Charts;
using CiCd.Reporting.Content;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Html;

/// <summary>Permutation feature importance on the test split.</summary>
internal static class ImportanceSection
{
    public static void Append(StringBuilder html, ReportPart<ImportanceResult> importance) =>
        Section(html, "importance", "Feature importance", "How much the primary metric drops on the test split when one feature's values are shuffled across rows (seeded; mean ± sd over the repeats).", importance, result =>
        {
            html.Append("<p>Baseline ").Append(E(result.Metric)).Append(' ').Append(N(result.Baseline)).Append(" on ").Append(Counted.Of(result.Rows, "row"))
                .Append("; ").Append(Counted.Of(result.Repeats, "shuffle")).Append(" per feature, seed ").Append(result.Seed)
                .Append(". A drop within its spread of zero means the model does not rely on that feature.</p>\n<div class=\"grid2\">\n");
            Chart(html, ImportanceChart.Create(result));
            ScrollStart(html, "Importance table");
            TableStart(html, "importance-table", HtmlColumn.Text("feature"), HtmlColumn.Number("mean drop"), HtmlColumn.Number("sd"));
            foreach (var feature in result.Features)
            {
                html.Append("<tr>");
                Cell(html, E(feature.Feature));
                Cell(html, feature.MeanDrop, Signed(feature.MeanDrop));
                Cell(html, feature.Spread);
                html.Append("</tr>\n");
            }
            TableEnd(html);
            html.Append("</div>\n</div>\n");
        });
}
