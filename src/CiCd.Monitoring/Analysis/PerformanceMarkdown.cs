using System.Globalization;
using System.Text;
using CiCd.Formats;
using CiCd.Monitoring.Performance;
using static CiCd.Monitoring.Analysis.ReportText;

namespace CiCd.Monitoring.Analysis;

/// <summary>The Markdown report's metrics per window and, for a classifier, calibration per window with reliability tables.</summary>
internal static class PerformanceMarkdown
{
    public static void Append(StringBuilder text, DriftReport report)
    {
        var rows = PerformanceTable.Rows(report);
        var metrics = PerformanceTable.Metrics(report);
        if (metrics.Count > 0)
        {
            text.Append("\n### Metrics per window\n\n");
            var table = new MarkdownTable(["window start", "labelled rows", .. metrics]);
            foreach (var (window, performance) in rows)
            {
                table.Row([window, Count(performance.LabelledRows), .. metrics.Select(m => Number(performance.Metrics.TryGetValue(m, out var v) ? v : null))]);
            }
            table.AppendTo(text);
        }
        var calibrated = rows.Where(r => r.Performance.Calibration is not null).ToList();
        if (calibrated.Count == 0)
        {
            return;
        }
        text.Append($"\n### Calibration\n\nBrier score and expected calibration error (ECE) over {Calibration.Bins} equal-width bins of the ");
        text.Append($"{calibrated[0].Performance.Calibration!.Of} (a bin holds the probabilities in (lower, upper]; the first also 0). Lower is better for both.\n\n");
        var summary = new MarkdownTable("window start", "labelled rows", "Brier", "ECE");
        foreach (var (window, performance) in calibrated)
        {
            summary.Row(window, Count(performance.LabelledRows), Number(performance.Calibration!.Brier), Number(performance.Calibration.Ece));
        }
        summary.AppendTo(text);
        foreach (var (window, performance) in calibrated)
        {
            text.Append($"\nReliability, {window} (bins with rows):\n\n");
            var table = new MarkdownTable("bin", "range", "mean predicted", "observed rate", "count");
            foreach (var bin in performance.Calibration!.Table.Where(b => b.Count > 0))
            {
                table.Row(Count(bin.Bin), $"({Number(bin.Lower)}, {Number(bin.Upper)}]", Number(bin.MeanPredicted), Number(bin.ObservedRate), Count(bin.Count));
            }
            table.AppendTo(text);
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
