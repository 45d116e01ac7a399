namespace CiCd.Tracking.Benchmarks;

/// <summary>How long one workload took on one backend.</summary>
internal sealed record Measurement(string Workload, string Backend, double Milliseconds);
