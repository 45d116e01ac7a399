using CiCd.Configuration;

namespace CiCd.Metrics;

/// <summary>Which metrics exist for which task, and in which direction each one improves.</summary>
public static class MetricCatalog
{
    private static readonly HashSet<string> LowerIsBetter = [MetricNames.LogLoss, MetricNames.ExpectedCost];

    private static readonly string[] BinaryMetrics =
    [
        MetricNames.RocAuc, MetricNames.PrAuc, MetricNames.Accuracy, MetricNames.F1, MetricNames.Precision,
        MetricNames.Recall, MetricNames.LogLoss, MetricNames.ExpectedCost,
    ];

    private static readonly string[] MulticlassMetrics =
    [
        MetricNames.Accuracy, MetricNames.MacroF1, MetricNames.LogLoss, MetricNames.ExpectedCost,
    ];

    /// <summary>The metrics a task's evaluation produces.</summary>
    public static IReadOnlyList<string> For(TaskKind task) => task == TaskKind.Binary ? BinaryMetrics : MulticlassMetrics;

    /// <summary>Whether a larger value of <paramref name="metric"/> is an improvement.</summary>
    public static bool HigherIsBetter(string metric) => !LowerIsBetter.Contains(metric);

    /// <summary>Whether <paramref name="metric"/> is produced for <paramref name="task"/>.</summary>
    public static bool Exists(TaskKind task, string metric) => For(task).Contains(metric, StringComparer.Ordinal);
}
