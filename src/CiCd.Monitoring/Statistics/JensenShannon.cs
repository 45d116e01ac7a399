namespace CiCd.Monitoring.Statistics;

/// <summary>
/// Jensen-Shannon distance with log base 2 (scipy.spatial.distance.jensenshannon(p, q, base=2)):
/// the square root of the mean KL divergence of each distribution from their midpoint; 0 for
/// identical distributions, 1 for disjoint ones. Empty bins need no epsilon (0·log 0 = 0).
/// </summary>
public static class JensenShannon
{
    /// <summary>The distance between two count vectors on the same bins or categories.</summary>
    public static double Distance(ReadOnlySpan<long> referenceCounts, ReadOnlySpan<long> currentCounts)
    {
        var (p, q) = Distribution.Pair(referenceCounts, currentCounts);
        var divergence = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            var mid = (p[i] + q[i]) / 2;
            divergence += RelativeEntropy(p[i], mid) + RelativeEntropy(q[i], mid);
        }
        // Rounding can leave a tiny negative for identical inputs; the distance is then 0.
        return Math.Sqrt(Math.Max(0.0, divergence / 2 / Math.Log(2)));
    }

    private static double RelativeEntropy(double x, double y) => x == 0 ? 0 : x * Math.Log(x / y);
}
