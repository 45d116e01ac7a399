namespace CiCd.Metrics;

/// <summary>Everything measured on one set of predictions: headline metrics, per-class scores, confusion matrix, ROC.</summary>
public sealed record Evaluation(
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<ClassScores> PerClass,
    ConfusionMatrix Confusion,
    IReadOnlyList<CurvePoint> Roc,
    double Threshold);
