using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Reporting.Content;
using CiCd.Reporting.Sources;

namespace CiCd.Reporting.Curves;

/// <summary>
/// ROC and precision–recall curves from the test predictions: for the positive class of a binary task, or
/// one class against the rest for each class of a multiclass task.
/// </summary>
public static class CurveSets
{
    /// <summary>The ROC curves.</summary>
    public static IReadOnlyList<Curve> Roc(TestPredictions predictions, TaskKind task) =>
        Each(predictions, task, (labels, scores, label) =>
            Make(label, Ranking.RocAuc(labels, scores), Ranking.RocCurve(labels, scores)));

    /// <summary>The precision–recall curves; the area is the average precision.</summary>
    public static IReadOnlyList<Curve> PrecisionRecallCurves(TestPredictions predictions, TaskKind task) =>
        Each(predictions, task, (labels, scores, label) =>
            Make(label, Ranking.AveragePrecision(labels, scores), PrecisionRecall.Curve(labels, scores)));

    private static List<Curve> Each(TestPredictions predictions, TaskKind task, Func<int[], double[], string, Curve> build)
    {
        var classes = task == TaskKind.Binary ? [1] : Enumerable.Range(0, predictions.Classes.Count);
        return classes
            .Select(c => build(
                predictions.Actual.Select(a => a == c ? 1 : 0).ToArray(),
                predictions.Probabilities.Select(p => p[c]).ToArray(),
                task == TaskKind.Binary ? predictions.Classes[c] : $"{predictions.Classes[c]} vs rest"))
            .ToList();
    }

    private static Curve Make(string label, double area, IReadOnlyList<CurvePoint> points) =>
        new(label, area, points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
}
