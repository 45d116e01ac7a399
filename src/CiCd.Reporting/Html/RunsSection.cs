using System.Globalization;
using System.Text;
using CiCd.Reporting.Charts;
using CiCd.Reporting.Content;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Html;

/// <summary>The recent runs: one chart per key metric and a sortable table (click a header).</summary>
internal static class RunsSection
{
    public static void Append(StringBuilder html, ReportPart<RunHistory> runs) =>
        Section(html, "runs", "Runs", "Recent runs of this experiment from the tracking store; a column header sorts (click, Enter or Space).", runs, history =>
        {
            html.Append("<div class=\"charts\">\n");
            foreach (var chart in history.KeyMetrics.Select(m => RunMetricChart.Create(history, m)).OfType<ChartImage>())
            {
                Chart(html, chart);
            }
            html.Append("</div>\n");
            ScrollStart(html, "Runs table");
            TableStart(html, "runs-table",
                [HtmlColumn.Text("run"), HtmlColumn.Number("started"), HtmlColumn.Text("status"), HtmlColumn.Text("selected"), .. history.KeyMetrics.Select(HtmlColumn.Number)]);
            // Newest first, as people read a run list; the charts run oldest to newest, as time does.
            foreach (var row in history.Rows.Reverse())
            {
                html.Append("<tr data-run=\"").Append(E(row.RunId)).Append("\">");
                Cell(html, $"<code>{E(row.RunId)}</code>");
                Cell(html, row.StartedAt.ToUnixTimeSeconds(), row.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                Cell(html, $"<span class=\"tag {E(row.Status)}\">{E(row.Status)}</span>");
                Cell(html, $"<small>{E(row.Selected ?? "–")}</small>");
                foreach (var metric in history.KeyMetrics)
                {
                    Cell(html, row.Metrics.TryGetValue(metric, out var value) ? value : null);
                }
                html.Append("</tr>\n");
            }
            TableEnd(html);
            html.Append("</div>\n<p class=\"lead\">Store: ").Append(E(history.Store)).Append("</p>\n");
        });
}
