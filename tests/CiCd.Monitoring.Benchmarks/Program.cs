using System.Diagnostics;
using System.Text.Json;
using CiCd.Monitoring.Benchmarks;

// Composition only: parse, warm up on one column, time the full run, print one JSON line.
var options = BenchmarkOptions.Parse(args);
new DriftBenchmark(options with { Columns = 1 }).Run(); // JIT and tiering warm-up, not timed
var watch = Stopwatch.StartNew();
var results = new DriftBenchmark(options).Run();
watch.Stop();
var report = new
{
    engine = "csharp",
    threads = options.Threads,
    rows = options.Rows,
    columns = options.Columns,
    seconds = watch.Elapsed.TotalSeconds,
    peakMemoryMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0),
    results = results.Select(r => new { r.Column, ks = r.KsStatistic, p = r.KsPValue, psi = r.Psi, js = r.JensenShannon }),
};
Console.WriteLine(JsonSerializer.Serialize(report));
