namespace CiCd.Metrics;

/// <summary>The metric names written in mlops.yaml, model cards and gate reports.</summary>
public static class MetricNames
{
    /// <summary>Area under the ROC curve (binary).</summary>
    public const string RocAuc = "roc_auc";

    /// <summary>Area under the precision-recall curve (binary, average precision).</summary>
    public const string PrAuc = "pr_auc";

    /// <summary>Share of correct predictions.</summary>
    public const string Accuracy = "accuracy";

    /// <summary>F1 of the positive class (binary).</summary>
    public const string F1 = "f1";

    /// <summary>Precision of the positive class (binary).</summary>
    public const string Precision = "precision";

    /// <summary>Recall of the positive class (binary).</summary>
    public const string Recall = "recall";

    /// <summary>Unweighted mean of per-class F1 (multiclass).</summary>
    public const string MacroF1 = "macro_f1";

    /// <summary>Mean negative log-likelihood of the true class (natural log).</summary>
    public const string LogLoss = "log_loss";

    /// <summary>Mean misclassification cost per row under the cost matrix.</summary>
    public const string ExpectedCost = "expected_cost";

    /// <summary>Root mean squared error (regression).</summary>
    public const string Rmse = "rmse";

    /// <summary>Mean absolute error (regression).</summary>
    public const string Mae = "mae";

    /// <summary>Coefficient of determination, 1 − SSE / SST (regression).</summary>
    public const string R2 = "r2";

    /// <summary>Mean absolute percentage error over rows whose actual value is not 0 (regression).</summary>
    public const string Mape = "mape";

    /// <summary>Median of the absolute error (regression).</summary>
    public const string AbsErrorP50 = "abs_error_p50";

    /// <summary>90th percentile of the absolute error (regression).</summary>
    public const string AbsErrorP90 = "abs_error_p90";

    /// <summary>95th percentile of the absolute error (regression).</summary>
    public const string AbsErrorP95 = "abs_error_p95";

    /// <summary>Brier score: mean squared difference between the probabilities and the outcome (classifiers; monitoring only).</summary>
    public const string Brier = "brier";

    /// <summary>Expected calibration error over 10 equal-width probability bins (classifiers; monitoring only).</summary>
    public const string Ece = "ece";
}
