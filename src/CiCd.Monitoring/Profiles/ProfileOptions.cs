namespace CiCd.Monitoring.Profiles;

/// <summary>How much of the reference a profile keeps.</summary>
public sealed record ProfileOptions
{
    /// <summary>Quantile bins per numeric column for PSI and Jensen-Shannon (10, the usual PSI deciles).</summary>
    public int Bins { get; init; } = 10;

    /// <summary>
    /// Largest sorted sample kept per numeric column. KS and Wasserstein need raw values; up to this
    /// many the sample is the whole column (tests are exact), above it evenly spaced order statistics
    /// stand in (a quantile sketch) and KS then takes the sample size as the reference size.
    /// 5,000 doubles is about 100 KB of JSON per column.
    /// </summary>
    public int SampleSize { get; init; } = 5_000;

    /// <summary>Numeric columns with at most this many distinct values also keep per-value counts, for the categorical tests.</summary>
    public int MaxValueCounts { get; init; } = 20;
}
