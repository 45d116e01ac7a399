using CiCd.Metrics;

namespace CiCd.Gate.Paired;

/// <summary>
/// DeLong, DeLong and Clarke-Pearson (1988): the variance of the difference of two correlated ROC AUCs measured on
/// the same rows, from each row's placement value. Placements come from midranks (Sun and Xu, 2014), so the cost is
/// a sort rather than positives × negatives comparisons.
/// </summary>
public static class DeLong
{
    private const double Z975 = 1.959963984540054;

    /// <summary>AUC(first) − AUC(second) and its 95 % normal interval; labels are 1 for the positive class.</summary>
    public static (double Difference, double Lower, double Upper) Difference(int[] labels, double[] first, double[] second)
    {
        var positives = Enumerable.Range(0, labels.Length).Where(i => labels[i] == 1).ToArray();
        var negatives = Enumerable.Range(0, labels.Length).Where(i => labels[i] != 1).ToArray();
        if (positives.Length < 2 || negatives.Length < 2)
        {
            return (double.NaN, double.NaN, double.NaN);
        }
        var (aucA, positiveA, negativeA) = Placements(positives, negatives, first);
        var (aucB, positiveB, negativeB) = Placements(positives, negatives, second);
        var variance = DifferenceVariance(positiveA, positiveB) / positives.Length + DifferenceVariance(negativeA, negativeB) / negatives.Length;
        var difference = aucA - aucB;
        var half = Z975 * Math.Sqrt(Math.Max(variance, 0));
        return (difference, difference - half, difference + half);
    }

    // Each positive's share of negatives it outscores, and each negative's share of positives that outscore it.
    private static (double Auc, double[] Positive, double[] Negative) Placements(int[] positives, int[] negatives, double[] scores)
    {
        var positiveScores = positives.Select(i => scores[i]).ToArray();
        var negativeScores = negatives.Select(i => scores[i]).ToArray();
        var all = Ranking.MidRanks([.. positiveScores, .. negativeScores]);
        var withinPositives = Ranking.MidRanks(positiveScores);
        var withinNegatives = Ranking.MidRanks(negativeScores);
        int m = positives.Length, n = negatives.Length;
        var positive = new double[m];
        for (var i = 0; i < m; i++)
        {
            positive[i] = (all[i] - withinPositives[i]) / n;
        }
        var negative = new double[n];
        for (var j = 0; j < n; j++)
        {
            negative[j] = 1 - (all[m + j] - withinNegatives[j]) / m;
        }
        return (positive.Average(), positive, negative);
    }

    // var(a) + var(b) − 2 cov(a, b), with the n − 1 denominator of the paper.
    private static double DifferenceVariance(double[] a, double[] b)
    {
        double meanA = a.Average(), meanB = b.Average(), sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - meanA - (b[i] - meanB);
            sum += d * d;
        }
        return sum / (a.Length - 1);
    }
}
