namespace CiCd.Tracking.Runs;

/// <summary>
/// A metric value. Without a step it is the run's summary value (one per name); with a step it is one
/// point of a series, such as one cross-validation fold, and every step is kept.
/// </summary>
public sealed record Metric(string Name, double Value, long? Step = null);
