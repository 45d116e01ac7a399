namespace CiCd.Monitoring.Statistics;

/// <summary>How a KS p-value was computed (the same choice scipy.stats.ks_2samp makes with method='auto').</summary>
public enum KsMethod
{
    /// <summary>The exact null distribution of the two-sample statistic (both samples of at most 10,000 values).</summary>
    Exact,

    /// <summary>The one-sample Kolmogorov distribution at the effective size n·m/(n+m).</summary>
    Asymptotic,
}
