namespace CiCd.Data.Benchmarks.Scale;

/// <summary>
/// One stage at one table size: wall seconds, CPU seconds (user + system, the fairer figure on a shared machine) and
/// the stage process's peak RSS, with the load average around it. CpuSeconds is null in figures from before it was kept.
/// </summary>
internal sealed record StageMeasurement(string Stage, int Rows, double Seconds, double PeakMegabytes, int ExitCode, double LoadBefore, double LoadAfter,
    double? CpuSeconds = null);
