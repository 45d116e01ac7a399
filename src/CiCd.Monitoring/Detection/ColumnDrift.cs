using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Detection;

/// <summary>The drift verdict for one column, with every figure a report shows.</summary>
public sealed record ColumnDrift
{
    /// <summary>The column name.</summary>
    public required string Name { get; init; }

    /// <summary>Numeric or categorical (as recorded in the reference).</summary>
    public required ColumnKind Kind { get; init; }

    /// <summary>Whether the column was tested.</summary>
    public required ColumnStatus Status { get; init; }

    /// <summary>The test and threshold used (null when not tested).</summary>
    public SelectedTest? Test { get; init; }

    /// <summary>The test statistic or distance.</summary>
    public double? Statistic { get; init; }

    /// <summary>The p-value, for hypothesis tests.</summary>
    public double? PValue { get; init; }

    /// <summary>Effect size for hypothesis tests: KS statistic, Cohen's w, or difference in proportions.</summary>
    public double? EffectSize { get; init; }

    /// <summary>True when the column counts as drifted.</summary>
    public bool Drifted { get; init; }

    /// <summary>True when the test was significant but the effect too small to count on a large sample.</summary>
    public bool EffectGated { get; init; }

    /// <summary>PSI on the shared bins or categories, reported for every tested column.</summary>
    public double? Psi { get; init; }

    /// <summary>The band of <see cref="Psi"/>.</summary>
    public PsiBand? PsiBand { get; init; }

    /// <summary>Rows in the reference.</summary>
    public long ReferenceCount { get; init; }

    /// <summary>Non-missing current values.</summary>
    public long CurrentCount { get; init; }

    /// <summary>Share of missing values in the reference.</summary>
    public double ReferenceMissingShare { get; init; }

    /// <summary>Share of missing values in the current data.</summary>
    public double CurrentMissingShare { get; init; }

    /// <summary>Current categories the reference never saw.</summary>
    public string[] UnseenCategories { get; init; } = [];

    /// <summary>True when KS or Wasserstein ran on the profile's thinned sample rather than every reference value.</summary>
    public bool ReferenceSampled { get; init; }

    /// <summary>Reference and current shares for the report's overlaid histogram.</summary>
    public Histogram? Histogram { get; init; }

    /// <summary>The column's traffic light, message and advice.</summary>
    public required Alert Alert { get; init; }
}
