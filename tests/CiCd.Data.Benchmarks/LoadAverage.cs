namespace CiCd.Data.Benchmarks;

/// <summary>The machine's 1-minute load average (Linux), printed next to every figure: on a shared machine it says how much the wall seconds mean.</summary>
internal static class LoadAverage
{
    public static double Now() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
