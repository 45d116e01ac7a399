using CiCd.Monitoring.Statistics.Kolmogorov;

namespace CiCd.Monitoring.Statistics;

/// <summary>
/// Two-sided two-sample Kolmogorov-Smirnov test with the p-value of scipy.stats.ks_2samp's default
/// (method='auto'): exact when both samples hold at most 10,000 values, otherwise the Kolmogorov
/// distribution at the effective size round(n·m/(n+m)). Ties are handled like scipy: the ECDFs are
/// compared after every distinct value.
/// </summary>
public static class KolmogorovSmirnov
{
    /// <summary>Largest sample size for which the exact distribution is used, as in scipy.</summary>
    public const int MaxExactSize = 10_000;

    /// <summary>Runs the test on two sorted samples; both must be non-empty.</summary>
    public static KsResult Test(SortedSample reference, SortedSample current)
    {
        if (reference.Count == 0 || current.Count == 0)
        {
            throw new ArgumentException("the Kolmogorov-Smirnov test needs two non-empty samples");
        }
        var d = Statistic(reference.Values, current.Values);
        int n1 = reference.Count, n2 = current.Count;
        if (Math.Max(n1, n2) <= MaxExactSize)
        {
            var (rounded, p) = TwoSampleExact.SurvivalFunction(n1, n2, d);
            return new KsResult(rounded, p, KsMethod.Exact, n1, n2);
        }
        double large = Math.Max(n1, n2), small = Math.Min(n1, n2);
        var effective = (int)Math.Round(large * small / (large + small), MidpointRounding.ToEven);
        return new KsResult(d, KolmogorovDistribution.SurvivalFunction(effective, d), KsMethod.Asymptotic, n1, n2);
    }

    /// <summary>The KS statistic sup |F1 - F2| of two sorted arrays, in one merge pass.</summary>
    public static double Statistic(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        // |i/n1 - j/n2| = |i·n2 - j·n1| / (n1·n2): tracking the integer numerator keeps two
        // divisions out of a loop that runs once per value, and it is exact.
        int i = 0, j = 0;
        long n1 = a.Length, n2 = b.Length, largest = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = Math.Min(a[i], b[j]);
            while (i < a.Length && a[i] <= x)
            {
                i++;
            }
            while (j < b.Length && b[j] <= x)
            {
                j++;
            }
            largest = Math.Max(largest, Math.Abs((i * n2) - (j * n1)));
        }
        // Once one sample is exhausted the gap only shrinks towards 0, so the maximum is already found.
        return largest / ((double)n1 * n2);
    }
}
