namespace CiCd.Configuration;

/// <summary>Where runs are recorded: a SQLite path or a PostgreSQL connection (MLOPS_TRACKING_URI overrides it).</summary>
/// <param name="Uri">The configured store, or null for the default <c>.mlops/tracking.db</c>.</param>
/// <param name="Experiment">The experiment runs are filed under (default: the dataset name).</param>
public sealed record TrackingConfig(string? Uri, string Experiment);
