using System.Text;
using CiCd.Monitoring.Performance;
using static CiCd.Monitoring.Analysis.ReportText;

namespace CiCd.Monitoring.Analysis.Html;

/// <summary>The performance section's tables: every metric per window, and a classifier's calibration per window with its reliability table.</summary>
internal static class PerformanceWindowsSection
{
    public static void Append(StringBuilder html, DriftReport report)
    {
        var rows = PerformanceTable.Rows(report);
        var metrics = PerformanceTable.Metrics(report);
        if (metrics.Count > 0)
        {
            html.Append("<h3 id=\"performance-windows\">Metrics per window</h3><table><thead><tr><th>window start</th><th>labelled rows</th>");
            html.AppendJoin("", metrics.Select(m => $"<th>{DriftHtml.Encode(m)}</th>")).Append("</tr></thead><tbody>");
            foreach (var (window, performance) in rows)
            {
                html.Append($"<tr><td>{DriftHtml.Encode(window)}</td><td class=\"num\">{performance.LabelledRows}</td>");
                html.AppendJoin("", metrics.Select(m => $"<td class=\"num\">{Number(performance.Metrics.TryGetValue(m, out var v) ? v : null)}</td>"));
                html.Append("</tr>");
            }
            html.Append("</tbody></table>");
        }
        var calibrated = rows.Where(r => r.Performance.Calibration is not null).ToList();
        if (calibrated.Count == 0)
        {
            return;
        }
        html.Append($"<h3 id=\"calibration\">Calibration</h3><p class=\"meta\">Brier score and expected calibration error (ECE) over {Calibration.Bins} equal-width bins of the ");
        html.Append($"{calibrated[0].Performance.Calibration!.Of}; a bin holds the probabilities in (lower, upper], the first also 0. Lower is better for both.</p>");
        foreach (var (window, performance) in calibrated)
        {
            var calibration = performance.Calibration!;
            html.Append($"<h4>{DriftHtml.Encode(window)}: Brier {Number(calibration.Brier)}, ECE {Number(calibration.Ece)}</h4>");
            html.Append("<table class=\"reliability\"><thead><tr><th>bin</th><th>range</th><th>mean predicted</th><th>observed rate</th><th>count</th></tr></thead><tbody>");
            foreach (var bin in calibration.Table.Where(b => b.Count > 0))
            {
                html.Append($"<tr><td class=\"num\">{bin.Bin}</td><td class=\"num\">({Number(bin.Lower)}, {Number(bin.Upper)}]</td>");
                html.Append($"<td class=\"num\">{Number(bin.MeanPredicted)}</td><td class=\"num\">{Number(bin.ObservedRate)}</td><td class=\"num\">{bin.Count}</td></tr>");
            }
            html.Append("</tbody></table>");
        }
    }
}
