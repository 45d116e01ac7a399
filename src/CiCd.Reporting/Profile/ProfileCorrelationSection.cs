using System.Text;
using CiCd.Data.Profiling;
using CiCd.Reporting.Content;
using CiCd.Reporting.Html;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Profile;

/// <summary>Feature against feature: a heatmap per measure and the pairs over the threshold.</summary>
internal static class ProfileCorrelationSection
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["pearson"] = "Pearson r (numeric features)",
        ["spearman"] = "Spearman ρ (numeric features)",
        ["cramers_v"] = "Cramér's V (categorical features)",
    };

    public static void Append(StringBuilder html, DataProfile profile) =>
        Section(html, "correlations", "Correlations between features",
            "Over the features most associated with the target; highly correlated pairs carry the same information twice.",
            profile.Correlations.Count == 0 ? ReportPart.Missing<DataProfile>("Fewer than two numeric or categorical features to correlate.") : ReportPart.Of(profile), p =>
            {
                html.Append("<div class=\"charts\">\n");
                foreach (var matrix in p.Correlations)
                {
                    ProfileHtml.Svg(html, Heatmap.Draw(matrix, Titles.GetValueOrDefault(matrix.Method, matrix.Method)));
                }
                html.Append("</div>\n<h3>Highly correlated pairs</h3>\n");
                if (p.HighlyCorrelated.Count == 0)
                {
                    html.Append("<p>None.</p>\n");
                    return;
                }
                TableStart(html, "pairs-table", HtmlColumn.Text("first"), HtmlColumn.Text("second"), HtmlColumn.Text("measure"), HtmlColumn.Number("value"));
                foreach (var pair in p.HighlyCorrelated)
                {
                    html.Append("<tr>");
                    Cell(html, E(pair.First));
                    Cell(html, E(pair.Second));
                    Cell(html, E(pair.Method));
                    Cell(html, pair.Value);
                    html.Append("</tr>\n");
                }
                TableEnd(html);
            });
}
