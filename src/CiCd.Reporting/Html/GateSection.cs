using System.Text;
using CiCd.Gate;
using CiCd.Reporting.Content;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Html;

/// <summary>The gate's checks, failures first.</summary>
internal static class GateSection
{
    public static void Append(StringBuilder html, ReportPart<GateReport> gate) =>
        Section(html, "gate", "Gate", "Each rule of the gates section of mlops.yaml, checked against the candidate's test metrics and the champion.", gate, report =>
        {
            TableStart(html, "gate-table", HtmlColumn.Text("result"), HtmlColumn.Text("metric"), HtmlColumn.Text("rule"),
                HtmlColumn.Number("candidate"), HtmlColumn.Number("champion"), HtmlColumn.Number("delta"), HtmlColumn.Text("reason"));
            foreach (var check in report.Checks.OrderBy(c => c.Outcome != GateOutcome.Fail))
            {
                var outcome = check.Outcome switch { GateOutcome.Pass => "pass", GateOutcome.Fail => "fail", _ => "no_champion" };
                html.Append("<tr>");
                Cell(html, $"<span class=\"tag {outcome}\">{outcome.Replace('_', ' ')}</span>");
                Cell(html, E(check.Metric));
                Cell(html, $"<code>{E(check.Rule)}</code>");
                Cell(html, check.Value);
                Cell(html, check.Champion);
                Cell(html, check.Delta);
                Cell(html, E(check.Reason));
                html.Append("</tr>\n");
            }
            TableEnd(html);
            PairedComparisonSection.Append(html, report.Comparison);
        });
}
