using System.Globalization;
using System.Text;
using CiCd.Data.Profiling;
using CiCd.Reporting.Content;
using CiCd.Reporting.Html;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Profile;

/// <summary>The target's classes, and every feature ranked by how much it alone tells the target.</summary>
internal static class ProfileTargetSection
{
    public static void Append(StringBuilder html, DataProfile profile)
    {
        Section(html, "target", $"Target · {profile.Target.Name}", "Rows per class.", ReportPart.Of(profile.Target), target =>
        {
            html.Append("<div class=\"grid2\">\n");
            ProfileHtml.Svg(html, ProfileCharts.Levels(target.Name, new CategorySummary(target.Classes, 0, 0, [], null), "target"));
            TableStart(html, "classes-table", HtmlColumn.Text("class"), HtmlColumn.Number("rows"), HtmlColumn.Number("share"));
            foreach (var level in target.Classes)
            {
                html.Append("<tr>");
                Cell(html, E(level.Value) + (level.Value == target.PositiveClass ? " <span class=\"tag pass\">positive</span>" : ""));
                Cell(html, level.Count, level.Count.ToString(CultureInfo.InvariantCulture));
                Cell(html, level.Share, level.Share.ToString("0.0%", CultureInfo.InvariantCulture));
                html.Append("</tr>\n");
            }
            TableEnd(html);
            html.Append("</div>\n");
        });
        Section(html, "associations", "Features against the target",
            "Mutual information (nats; numbers by histogram bin) and its share of the target's entropy for every feature; Cramér's V for categories; point-biserial r (binary target) or ANOVA F for numbers. A single feature that tells the target almost alone is flagged: check it is known before the outcome.",
            ReportPart.Of(profile.Associations), associations =>
            {
                ScrollStart(html, "Association table");
                TableStart(html, "associations-table", HtmlColumn.Text("feature"), HtmlColumn.Number("mutual information"), HtmlColumn.Number("normalized MI"),
                    HtmlColumn.Number("Cramér's V"), HtmlColumn.Number("point-biserial r"), HtmlColumn.Number("ANOVA F"), HtmlColumn.Text("leakage"));
                foreach (var a in associations)
                {
                    html.Append("<tr>");
                    Cell(html, E(a.Feature));
                    Cell(html, a.MutualInformation);
                    Cell(html, a.NormalizedMutualInformation);
                    Cell(html, a.CramersV);
                    Cell(html, a.PointBiserial);
                    Cell(html, a.AnovaF, a.AnovaF is { } f && double.IsFinite(f) ? f.ToString("0.00", CultureInfo.InvariantCulture) : "–");
                    Cell(html, a.PossibleLeakage ? "<span class=\"tag fail\">possible leakage</span>" : "");
                    html.Append("</tr>\n");
                }
                TableEnd(html);
                html.Append("</div>\n");
            });
    }
}
