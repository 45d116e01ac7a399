using System.Diagnostics;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Columnar;
using CiCd.Validate;

namespace CiCd.Data.Benchmarks;

/// <summary>
/// Child-process steps: read + validate a config's data file, either columnar (what the stages do now) or
/// through the string table (every cell a string first, as before), printing one JSON line.
/// </summary>
internal static class ReadStep
{
    public static int Run(string mode, string configPath)
    {
        var config = ConfigLoader.Load(configPath);
        GC.Collect();
        var baseline = ProcessMemory.ResidentMegabytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        string note;
        if (mode == "columnar")
        {
            var table = ColumnarReader.Read(config.Dataset);
            var data = DatasetLoader.Load(table, config.Dataset);
            var report = DataValidator.Validate(table, config.Dataset, config.Validation);
            note = $"{data.RowCount} rows, {data.Columns.Count} features, valid {report.Passed}, {report.Fingerprint[..12]}";
        }
        else
        {
            var table = CsvReader.Read(config.Dataset);
            var data = DatasetLoader.Load(table, config.Dataset);
            var report = DataValidator.Validate(table, config.Dataset, config.Validation);
            note = $"{data.RowCount} rows, {data.Columns.Count} features, valid {report.Passed}, {report.Fingerprint[..12]}";
        }
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(JsonSerializer.Serialize(new Measurement(mode, seconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, baseline, ProcessMemory.PeakMegabytes(), note)));
        return 0;
    }
}
