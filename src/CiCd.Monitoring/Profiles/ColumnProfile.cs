namespace CiCd.Monitoring.Profiles;

/// <summary>
/// What drift detection needs to know about one reference column, so the reference data need not be
/// read again: counts, moments, quantile bins with their counts, category counts, and a bounded
/// sorted sample for the tests that compare raw values (KS, Wasserstein).
/// </summary>
public sealed record ColumnProfile
{
    /// <summary>The column name.</summary>
    public required string Name { get; init; }

    /// <summary>Numeric or categorical.</summary>
    public required ColumnKind Kind { get; init; }

    /// <summary>Rows in the reference, missing ones included.</summary>
    public required long Count { get; init; }

    /// <summary>Missing values (NaN or null).</summary>
    public required long MissingCount { get; init; }

    /// <summary>Distinct non-missing values.</summary>
    public required long DistinctCount { get; init; }

    /// <summary>Mean of the non-missing values (numeric only).</summary>
    public double? Mean { get; init; }

    /// <summary>Population standard deviation (ddof = 0) of the non-missing values (numeric only).</summary>
    public double? Std { get; init; }

    /// <summary>Smallest value (numeric only).</summary>
    public double? Min { get; init; }

    /// <summary>Largest value (numeric only).</summary>
    public double? Max { get; init; }

    /// <summary>Interior edges of the reference-quantile bins (numeric only).</summary>
    public double[] BinEdges { get; init; } = [];

    /// <summary>Reference counts per bin: one more entry than <see cref="BinEdges"/> (numeric only).</summary>
    public long[] BinCounts { get; init; } = [];

    /// <summary>Count per category; for numeric columns, per distinct value (round-trip format) when there are few.</summary>
    public Dictionary<string, long> Categories { get; init; } = [];

    /// <summary>Sorted reference values, all of them or evenly spaced order statistics (numeric only).</summary>
    public double[] Sample { get; init; } = [];

    /// <summary>True when <see cref="Sample"/> holds every non-missing reference value.</summary>
    public bool SampleIsComplete { get; init; }

    /// <summary>Non-missing values.</summary>
    public long PresentCount => Count - MissingCount;
}
