using CiCd.Configuration;

namespace CiCd.Metrics;

/// <summary>Which metrics exist for which task, and in which direction each one improves.</summary>
public static class MetricCatalog
{
    private static readonly HashSet<string> LowerIsBetter =
    [
        MetricNames.LogLoss, MetricNames.ExpectedCost,
        MetricNames.Rmse, MetricNames.Mae, MetricNames.Mape, MetricNames.AbsErrorP50, MetricNames.AbsErrorP90, MetricNames.AbsErrorP95,
        MetricNames.Brier, MetricNames.Ece,
    ];

    // Measured on labelled production windows only: training selects and gates on the metrics above.
    private static readonly string[] CalibrationMetrics = [MetricNames.Brier, MetricNames.Ece];

    private static readonly string[] BinaryMetrics =
    [
        MetricNames.RocAuc, MetricNames.PrAuc, MetricNames.Accuracy, MetricNames.F1, MetricNames.Precision,
        MetricNames.Recall, MetricNames.LogLoss, MetricNames.ExpectedCost,
    ];

    private static readonly string[] MulticlassMetrics =
    [
        MetricNames.Accuracy, MetricNames.MacroF1, MetricNames.LogLoss, MetricNames.ExpectedCost,
    ];

    private static readonly string[] RegressionMetrics =
    [
        MetricNames.Rmse, MetricNames.Mae, MetricNames.R2, MetricNames.Mape,
        MetricNames.AbsErrorP50, MetricNames.AbsErrorP90, MetricNames.AbsErrorP95,
    ];

    /// <summary>The metrics a task's evaluation produces.</summary>
    public static IReadOnlyList<string> For(TaskKind task) => task switch
    {
        TaskKind.Binary => BinaryMetrics,
        TaskKind.Regression => RegressionMetrics,
        _ => MulticlassMetrics,
    };

    /// <summary>The metrics <c>mlops drift</c> measures on labelled rows (<c>monitor.performance</c>): a classifier's also include calibration.</summary>
    public static IReadOnlyList<string> ForMonitoring(TaskKind task) =>
        task == TaskKind.Regression ? RegressionMetrics : [.. For(task), .. CalibrationMetrics];

    /// <summary>Whether a larger value of <paramref name="metric"/> is an improvement.</summary>
    public static bool HigherIsBetter(string metric) => !LowerIsBetter.Contains(metric);

    /// <summary>Whether <paramref name="metric"/> is produced for <paramref name="task"/>.</summary>
    public static bool Exists(TaskKind task, string metric) => For(task).Contains(metric, StringComparer.Ordinal);
}
