using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Monitoring.Performance;

namespace CiCd.Monitoring.Analysis;

/// <summary>The performance figures the Markdown and HTML reports share: one row for all labelled rows, then one per window.</summary>
internal static class PerformanceTable
{
    // Columns in the catalog's order (rmse, mae, r2, mape, … or roc_auc, …, brier, ece), whatever the task.
    private static readonly string[] Order =
        [.. MetricCatalog.ForMonitoring(TaskKind.Binary), .. MetricCatalog.ForMonitoring(TaskKind.Multiclass), .. MetricCatalog.ForMonitoring(TaskKind.Regression)];

    /// <summary>"all rows" and its performance, then each window's start and performance.</summary>
    public static IReadOnlyList<(string Window, WindowPerformance Performance)> Rows(DriftReport report) =>
    [
        .. report.Performance is { } all ? new[] { ("all rows", all) } : [],
        .. report.Windows.Where(w => w.Performance is not null).Select(w => (ReportText.Time(w.Start), w.Performance!)),
    ];

    /// <summary>The metrics measured, in the catalog's order.</summary>
    public static IReadOnlyList<string> Metrics(DriftReport report) =>
        [.. Rows(report).SelectMany(r => r.Performance.Metrics.Keys).Distinct(StringComparer.Ordinal).OrderBy(m => Array.IndexOf(Order, m) is var i && i < 0 ? int.MaxValue : i)];
}
