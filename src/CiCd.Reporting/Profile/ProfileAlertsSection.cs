using System.Text;
using CiCd.Data.Profiling;
using CiCd.Reporting.Content;
using CiCd.Reporting.Html;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Profile;

/// <summary>The findings: constant and identifier columns, missing values, cardinality, imbalance, leakage, undeclared columns.</summary>
internal static class ProfileAlertsSection
{
    public static void Append(StringBuilder html, DataProfile profile) =>
        Section(html, "alerts", "Alerts", "What a data scientist would flag before training.",
            profile.Alerts.Count == 0 ? ReportPart.Missing<IReadOnlyList<ProfileAlert>>("No alerts.") : ReportPart.Of(profile.Alerts), alerts =>
            {
                ScrollStart(html, "Alerts table");
                TableStart(html, "alerts-table", HtmlColumn.Text("alert"), HtmlColumn.Text("column"), HtmlColumn.Text("what"));
                foreach (var alert in alerts)
                {
                    html.Append("<tr>");
                    Cell(html, $"<span class=\"tag warn\">{E(ProfileAlertNames.Of(alert.Kind))}</span>");
                    Cell(html, E(alert.Column ?? "(data set)"));
                    Cell(html, E(alert.Message));
                    html.Append("</tr>\n");
                }
                TableEnd(html);
                html.Append("</div>\n");
            });
}
