using CiCd.Comparison;

namespace CiCd.Tracking.Queries;

/// <summary>Several runs side by side: one column per run, one row per param or metric.</summary>
public sealed record RunComparison(
    IReadOnlyList<string> RunIds,
    IReadOnlyList<SideBySideRow<string?>> Params,
    IReadOnlyList<SideBySideRow<double?>> Metrics);
