namespace CiCd.Tracking.Runs;

/// <summary>One point of a metric series (for example one cross-validation fold).</summary>
public sealed record MetricStep(long Step, double Value);
