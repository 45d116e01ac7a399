using System.Text.Json;
using CiCd.Configuration;

namespace CiCd.Data.Benchmarks;

/// <summary>
/// Read + validate a large CSV: mlops columnar, mlops through the string table (the way before), and pandas
/// read_csv, each in its own process in the same run, with seconds and peak RSS above the process's baseline.
/// </summary>
internal static class ReadBenchmark
{
    public static int Run(string configPath)
    {
        var config = ConfigLoader.Load(configPath);
        if (!File.Exists(config.Dataset.Path))
        {
            Console.Error.WriteLine($"{config.Dataset.Path} not found: run /usr/bin/python3 examples/fashion-mnist/fetch.py first");
            return 2;
        }
        var megabytes = new FileInfo(config.Dataset.Path).Length / 1e6;
        Console.WriteLine($"Read + validate {config.Dataset.Path} ({megabytes:F0} MB), each in its own process, on {Environment.ProcessorCount} cores:");
        var rows = new List<Measurement>
        {
            Parse(ChildProcess.Python("pandas_peer.py", config.Dataset.Path, config.Dataset.Target)),
            Parse(ChildProcess.Self("step-read", "columnar", configPath)),
            Parse(ChildProcess.Self("step-read", "strings", configPath)),
        };
        Console.WriteLine("  (strings: every cell a string first, then typed — how the stages read data before; pandas: read_csv only, its checks noted)");
        Console.WriteLine($"  {"reader",-10} {"wall s",8} {"CPU s",7} {"baseline MB",12} {"peak MB",9} {"above base",11}  note");
        foreach (var m in rows)
        {
            Console.WriteLine($"  {m.Name,-10} {m.Seconds,8:F2} {m.CpuSeconds,7:F2} {m.BaselineMegabytes,12:F0} {m.PeakMegabytes,9:F0} {m.AboveBaseline,11:F0}  {m.Note}");
        }
        Console.WriteLine(JsonSerializer.Serialize(rows));
        return 0;
    }

    private static Measurement Parse(JsonElement json) => new(
        json.GetProperty("Name").GetString()!, json.GetProperty("Seconds").GetDouble(), json.GetProperty("CpuSeconds").GetDouble(), json.GetProperty("BaselineMegabytes").GetDouble(),
        json.GetProperty("PeakMegabytes").GetDouble(),
        json.TryGetProperty("ValidateSeconds", out var validate) ? $"with checks {validate.GetDouble():F2} s; {json.GetProperty("Note").GetString()}" : json.GetProperty("Note").GetString()!);
}
