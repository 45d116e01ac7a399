namespace CiCd.Monitoring.Performance;

/// <summary>One gate threshold held against a metric measured on labelled current rows; bounds are inclusive.</summary>
public sealed record MetricCheck(string Metric, double? Value, double? Min, double? Max, bool Passed);
