namespace CiCd.Metrics;

/// <summary>Threshold-free ranking metrics for two classes (1 = positive).</summary>
public static class Ranking
{
    /// <summary>ROC AUC as the Mann–Whitney statistic: the chance a random positive outscores a random negative, ties counting half.</summary>
    public static double RocAuc(IReadOnlyList<int> labels, IReadOnlyList<double> scores)
    {
        double positives = labels.Count(l => l == 1), negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }
        var ranks = MidRanks(scores);
        double rankSum = 0;
        for (var i = 0; i < ranks.Length; i++)
        {
            rankSum += labels[i] == 1 ? ranks[i] : 0;
        }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    /// <summary>Each value's 1-based rank in ascending order, tied values sharing the mean of their ranks.</summary>
    public static double[] MidRanks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = (start + end) / 2.0 + 1;
            }
            start = end + 1;
        }
        return ranks;
    }

    /// <summary>Average precision: the mean of the precision at each positive, in descending score order (ties grouped).</summary>
    public static double AveragePrecision(IReadOnlyList<int> labels, IReadOnlyList<double> scores)
    {
        var positives = labels.Count(l => l == 1);
        if (positives == 0)
        {
            return double.NaN;
        }
        double truePositives = 0, seen = 0, sum = 0;
        foreach (var group in Enumerable.Range(0, scores.Count).GroupBy(i => scores[i]).OrderByDescending(g => g.Key))
        {
            var hits = group.Count(i => labels[i] == 1);
            truePositives += hits;
            seen += group.Count();
            sum += hits * (truePositives / seen);
        }
        return sum / positives;
    }

    /// <summary>The ROC curve as (false positive rate, true positive rate, threshold) points, from (0,0) to (1,1).</summary>
    public static IReadOnlyList<CurvePoint> RocCurve(IReadOnlyList<int> labels, IReadOnlyList<double> scores)
    {
        double positives = labels.Count(l => l == 1), negatives = labels.Count - positives;
        var points = new List<CurvePoint> { new(0, 0, double.PositiveInfinity) };
        double tp = 0, fp = 0;
        foreach (var group in Enumerable.Range(0, scores.Count).GroupBy(i => scores[i]).OrderByDescending(g => g.Key))
        {
            tp += group.Count(i => labels[i] == 1);
            fp += group.Count(i => labels[i] != 1);
            points.Add(new CurvePoint(negatives == 0 ? 0 : fp / negatives, positives == 0 ? 0 : tp / positives, group.Key));
        }
        return points;
    }
}
