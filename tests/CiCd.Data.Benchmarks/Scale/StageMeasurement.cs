namespace CiCd.Data.Benchmarks.Scale;

/// <summary>One stage at one table size: wall seconds and the stage process's peak RSS, with the load average around it.</summary>
internal sealed record StageMeasurement(string Stage, int Rows, double Seconds, double PeakMegabytes, int ExitCode, double LoadBefore, double LoadAfter);
