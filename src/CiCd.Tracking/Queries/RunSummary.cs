using CiCd.Tracking.Runs;

namespace CiCd.Tracking.Queries;

/// <summary>A row of `runs list`: the run and its summary metrics.</summary>
public sealed record RunSummary(Run Run, IReadOnlyDictionary<string, double> Metrics);
