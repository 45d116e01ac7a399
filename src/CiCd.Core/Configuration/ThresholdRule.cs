namespace CiCd.Configuration;

/// <summary>An absolute bound on a candidate metric; both bounds are inclusive.</summary>
public sealed record ThresholdRule(string Metric, double? Min, double? Max);
