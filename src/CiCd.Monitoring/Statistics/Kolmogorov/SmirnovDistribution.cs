namespace CiCd.Monitoring.Statistics.Kolmogorov;

/// <summary>The one-sided statistic D+_n: the exact Birnbaum-Tingey sum for P(D+_n ≥ x).</summary>
internal static class SmirnovDistribution
{
    /// <summary>P(D+_n ≥ x) = x Σ_{j=0}^{⌊n(1-x)⌋} C(n,j) (1 - x - j/n)^(n-j) (x + j/n)^(j-1).</summary>
    public static double SurvivalFunction(int n, double x)
    {
        if (x <= 0.0)
        {
            return 1.0;
        }
        if (x >= 1.0)
        {
            return 0.0;
        }
        // Every term is positive, so summing them in log space loses nothing to cancellation;
        // the log binomial coefficient is carried along the loop instead of recomputed.
        var last = (int)Math.Floor(n * (1.0 - x));
        var logBinomial = 0.0;
        var logX = Math.Log(x);
        var sum = 0.0;
        for (var j = 0; j <= last; j++)
        {
            if (j > 0)
            {
                logBinomial += Math.Log(n - j + 1.0) - Math.Log(j);
            }
            var remaining = 1.0 - x - j / (double)n;
            if (remaining <= 0.0)
            {
                break; // only the j = n(1 - x) term, and it is 0^(n-j) = 0
            }
            var logTerm = logBinomial + (n - j) * Math.Log(remaining) + (j - 1) * Math.Log(x + j / (double)n);
            sum += Math.Exp(logTerm + logX);
        }
        return Math.Clamp(sum, 0.0, 1.0);
    }
}
