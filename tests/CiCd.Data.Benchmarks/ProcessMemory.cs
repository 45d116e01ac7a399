namespace CiCd.Data.Benchmarks;

/// <summary>This process's resident memory from /proc/self/status (Linux): now and at its peak.</summary>
internal static class ProcessMemory
{
    public static double ResidentMegabytes() => Read("VmRSS:");

    public static double PeakMegabytes() => Read("VmHWM:");

    private static double Read(string key)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(key, StringComparison.Ordinal));
        return double.Parse(line[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }
}
