namespace CiCd.Serving.Telemetry;

/// <summary>Latency of one route since start: requests, median and 99th percentile in milliseconds (null before any).</summary>
public sealed record RouteLatency(string Route, long Requests, double? P50Ms, double? P99Ms);
