using System.Globalization;
using System.Text;
using CiCd.Reporting.Charts;
using CiCd.Reporting.Content;
using CiCd.Reporting.Sources;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Html;

/// <summary>Every candidate setting of the latest run with its cross-validation mean ± spread.</summary>
internal static class CandidatesSection
{
    private const int MetricColumns = 4;

    public static void Append(StringBuilder html, ReportPart<LatestRun> latest)
    {
        var part = latest.Content is { Candidates.Count: 0 } ? ReportPart.Missing<LatestRun>("the model card lists no candidates") : latest;
        Section(html, "candidates", "Candidates", "Cross-validated on the training split; whiskers are one standard deviation across folds. The highlighted one was selected.", part, run =>
        {
            Chart(html, CandidatesChart.Create(run));
            // The primary metric and the next few: every metric of every candidate is in report.json.
            var metrics = MetricOrder.Sort(run.Candidates.SelectMany(c => c.CvMean.Keys), run.PrimaryMetric).Take(MetricColumns).ToList();
            ScrollStart(html, "Candidates table");
            TableStart(html, "candidates-table",
                [HtmlColumn.Number("#"), HtmlColumn.Text("trainer"), HtmlColumn.Text("settings"), .. metrics.Select(HtmlColumn.Number), HtmlColumn.Number("seconds")]);
            for (var i = 0; i < run.Candidates.Count; i++)
            {
                var candidate = run.Candidates[i];
                html.Append(candidate.Id == run.Selected ? "<tr class=\"selected\">" : "<tr>");
                Cell(html, i + 1, (i + 1).ToString(CultureInfo.InvariantCulture));
                Cell(html, E(candidate.Trainer));
                Cell(html, $"<small>{E(CandidateLabel.Settings(candidate))}</small>");
                foreach (var metric in metrics)
                {
                    var mean = candidate.CvMean.TryGetValue(metric, out var m) ? m : (double?)null;
                    var spread = candidate.CvSpread.TryGetValue(metric, out var s) ? $" <small>± {s.ToString("0.0000", CultureInfo.InvariantCulture)}</small>" : "";
                    Cell(html, mean, N(mean) + spread);
                }
                Cell(html, candidate.Seconds, candidate.Seconds.ToString("0.0", CultureInfo.InvariantCulture));
                html.Append("</tr>\n");
            }
            TableEnd(html);
            html.Append("</div>\n");
        });
    }
}
