using System.Diagnostics;
using System.Globalization;

namespace CiCd.Data.Benchmarks.Scale;

/// <summary>Runs a command under GNU time and reads back its wall seconds, CPU seconds and maximum resident set size.</summary>
internal static class TimedProcess
{
    public static (double Seconds, double CpuSeconds, double PeakMegabytes, int ExitCode) Run(string program, IEnumerable<string> args, string log)
    {
        var figures = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time", ["-f", "%e %U %S %M", "-o", figures, program, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        File.WriteAllText(log, process.StandardOutput.ReadToEnd());
        process.WaitForExit();
        File.AppendAllText(log, error.Result);
        var parts = File.ReadAllLines(figures).Last().Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        File.Delete(figures);
        return (parts[0], parts[1] + parts[2], parts[3] / 1024, process.ExitCode);
    }
}
