using System.Text;
using CiCd.Formats;
using static CiCd.Monitoring.Analysis.ReportText;

namespace CiCd.Monitoring.Analysis.Html;

/// <summary>The report's performance section: metrics on labelled rows against the gates, overall and per window.</summary>
internal static class PerformanceSection
{
    public static void Append(StringBuilder html, DriftReport report)
    {
        var performance = report.Performance!;
        html.Append($"<h2 id=\"performance\">Performance on {Counted.Of(performance.LabelledRows, "labelled row")}</h2>");
        if (!performance.Scored)
        {
            html.Append($"<p class=\"note\">Not scored: {DriftHtml.Encode(performance.Note ?? "")}.</p>");
        }
        html.Append("<table><thead><tr><th>light</th><th>metric</th><th>value</th><th>gate</th></tr></thead><tbody>");
        foreach (var check in performance.Checks)
        {
            var level = check.Passed ? "green" : performance.Scored ? "red" : "amber";
            html.Append($"<tr><td class=\"light {level}\"><span class=\"dot\"></span>{level}</td><td>{DriftHtml.Encode(check.Metric)}</td>");
            html.Append($"<td class=\"num\">{Number(check.Value)}</td><td class=\"num\">{DriftHtml.Encode(DriftMarkdown.Gate(check.Min, check.Max))}</td></tr>");
        }
        html.Append("</tbody></table>");
        if (report.Windows.Any(w => w.Performance is { Scored: true }))
        {
            html.Append("<div class=\"charts two\">");
            foreach (var check in performance.Checks)
            {
                html.Append("<figure class=\"wide\">")
                    .Append(DriftCharts.MetricOverTime(check.Metric, report.Windows, check.Min, check.Max, 640, 320))
                    .Append("</figure>");
            }
            html.Append("</div>");
        }
        PerformanceWindowsSection.Append(html, report);
    }
}
