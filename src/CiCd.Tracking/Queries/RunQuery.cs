namespace CiCd.Tracking.Queries;

/// <summary>The filters of `runs list`; every filter given must hold. Newest runs first.</summary>
public sealed record RunQuery
{
    /// <summary>Only runs of this experiment, when set.</summary>
    public string? Experiment { get; init; }

    /// <summary>Only runs carrying each of these tags with exactly this value.</summary>
    public IReadOnlyList<TagFilter> Tags { get; init; } = [];

    /// <summary>Only runs whose summary metrics satisfy each condition (a missing metric fails it).</summary>
    public IReadOnlyList<MetricCondition> Metrics { get; init; } = [];

    /// <summary>At most this many runs.</summary>
    public int Limit { get; init; } = 1000;
}
