namespace CiCd.Monitoring.Policy;

/// <summary>Per-column overrides of the default test choice; a null member keeps the default.</summary>
public sealed record ColumnDriftOptions
{
    /// <summary>The test to use instead of the default.</summary>
    public DriftTest? Test { get; init; }

    /// <summary>The threshold: a p-value for hypothesis tests, a distance otherwise.</summary>
    public double? Threshold { get; init; }

    /// <summary>Leaves the column out of drift detection entirely (an id, a timestamp).</summary>
    public bool Ignore { get; init; }
}
