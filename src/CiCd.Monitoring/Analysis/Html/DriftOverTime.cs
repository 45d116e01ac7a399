using System.Text;
using CiCd.Monitoring.Policy;
using static CiCd.Monitoring.Analysis.ReportText;

namespace CiCd.Monitoring.Analysis.Html;

/// <summary>The report's drift-over-time section: drifted share and PSI per window, the windows table, abrupt changes.</summary>
internal static class DriftOverTime
{
    public static void Append(StringBuilder html, DriftReport report, DriftPolicy policy)
    {
        html.Append($"<h2 id=\"over-time\">Drift over time ({DriftHtml.Encode(report.Window ?? "")} windows)</h2>");
        html.Append("<div class=\"charts two\">");
        html.Append("<figure class=\"wide\">").Append(DriftCharts.DriftShareOverTime(report.Windows, report.Changes, report.Features.DriftShareThreshold, 640, 340)).Append("</figure>");
        html.Append("<figure class=\"wide\">").Append(DriftCharts.PsiOverTime(report.Windows, policy.PsiModerate, policy.PsiMajor, 640, 340)).Append("</figure>");
        html.Append("</div>");
        if (report.Changes.Count > 0)
        {
            html.Append("<ul class=\"changes\">");
            foreach (var change in report.Changes)
            {
                html.Append($"<li><span class=\"dot red\"></span>{DriftHtml.Encode(change.Message)}</li>");
            }
            html.Append("</ul>");
        }
        DriftHtml.SortableTableStart(html, "sortable", 1, "light", "window start", "rows", "drifted", "drifted features", "predictions");
        foreach (var w in report.Windows)
        {
            var level = DriftHtml.Css(w.Level);
            var drifted = w.Features is null ? "empty window" : string.Join(", ", w.Features.Columns.Where(c => c.Drifted).Select(c => c.Name));
            html.Append($"<tr data-level=\"{level}\"><td class=\"light {level}\"><span class=\"dot\"></span>{level}</td><td class=\"num\">{Time(w.Start)}</td><td class=\"num\">{w.Rows}</td>");
            html.Append($"<td class=\"num\">{(w.Features is null ? "–" : $"{w.Features.DriftedCount} / {w.Features.TestedCount}")}</td>");
            html.Append($"<td class=\"msg\">{DriftHtml.Encode(drifted)}</td><td>{(w.Predictions is null ? "–" : Level(w.Predictions.Alert.Level))}</td></tr>");
        }
        html.Append("</tbody></table>");
    }
}
