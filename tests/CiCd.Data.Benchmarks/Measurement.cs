namespace CiCd.Data.Benchmarks;

/// <summary>
/// One measured step of a child process: wall seconds, CPU seconds (user + system; the fairer figure on a shared
/// machine), the RSS before it started, and the process's peak RSS.
/// </summary>
internal sealed record Measurement(string Name, double Seconds, double CpuSeconds, double BaselineMegabytes, double PeakMegabytes, string Note = "")
{
    public double AboveBaseline => PeakMegabytes - BaselineMegabytes;
}
