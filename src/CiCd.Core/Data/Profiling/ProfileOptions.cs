namespace CiCd.Data.Profiling;

/// <summary>The profile's knobs; the defaults are what <c>mlops data profile</c> uses.</summary>
public sealed record ProfileOptions
{
    /// <summary>Histogram bins at most (fewer when a column has fewer distinct values).</summary>
    public int Bins { get; init; } = 20;

    /// <summary>Levels listed per categorical column; the rest are summed.</summary>
    public int TopLevels { get; init; } = 10;

    /// <summary>A level held by fewer than this share of the rows is rare.</summary>
    public double RareShare { get; init; } = 0.01;

    /// <summary>Missing share from which a column is flagged.</summary>
    public double HighMissingShare { get; init; } = 0.2;

    /// <summary>Share of the most frequent value from which a column is near-constant.</summary>
    public double NearConstantShare { get; init; } = 0.95;

    /// <summary>Levels from which a categorical column has high cardinality.</summary>
    public int HighCardinality { get; init; } = 50;

    /// <summary>Minority class share under which the target is imbalanced.</summary>
    public double ImbalanceShare { get; init; } = 0.1;

    /// <summary>Normalized mutual information, |point-biserial r| or Cramér's V from which one feature is a possible leak.</summary>
    public double LeakageThreshold { get; init; } = 0.8;

    /// <summary>|r|, |ρ| or V from which a feature pair is listed as highly correlated.</summary>
    public double HighCorrelation { get; init; } = 0.9;

    /// <summary>
    /// Columns per correlation matrix at most: the ones most associated with the target. Keeps wide data (784 pixels)
    /// from costing n² pairs; every column still gets its association with the target.
    /// </summary>
    public int MaxCorrelationColumns { get; init; } = 30;
}
