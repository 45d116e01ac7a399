using CiCd.Metrics;

namespace CiCd.Reporting.Curves;

/// <summary>The precision–recall curve: one point per distinct score, in descending score order (ties grouped).</summary>
public static class PrecisionRecall
{
    /// <summary>Points with X = recall and Y = precision, starting at recall 0 with the first threshold's precision.</summary>
    public static IReadOnlyList<CurvePoint> Curve(IReadOnlyList<int> labels, IReadOnlyList<double> scores)
    {
        double positives = labels.Count(l => l == 1);
        var points = new List<CurvePoint>();
        double truePositives = 0, seen = 0;
        foreach (var group in Enumerable.Range(0, scores.Count).GroupBy(i => scores[i]).OrderByDescending(g => g.Key))
        {
            truePositives += group.Count(i => labels[i] == 1);
            seen += group.Count();
            var precision = truePositives / seen;
            if (points.Count == 0)
            {
                // Anchor the curve on the Y axis so the first step is drawn, as scikit-learn's display does.
                points.Add(new CurvePoint(0, precision, group.Key));
            }
            points.Add(new CurvePoint(positives == 0 ? 0 : truePositives / positives, precision, group.Key));
        }
        return points;
    }
}
