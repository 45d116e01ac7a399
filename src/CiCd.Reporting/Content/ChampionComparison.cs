namespace CiCd.Reporting.Content;

/// <summary>The latest run's test metrics against the version holding the production alias.</summary>
public sealed record ChampionComparison(string Model, string Alias, int Version, string RunId, IReadOnlyList<MetricDelta> Deltas);
