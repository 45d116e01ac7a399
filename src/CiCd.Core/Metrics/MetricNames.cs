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
}
