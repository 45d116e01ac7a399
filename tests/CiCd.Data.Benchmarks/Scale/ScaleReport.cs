namespace CiCd.Data.Benchmarks.Scale;

/// <summary>
/// The scale curve as text: wall seconds, CPU seconds and peak MB per stage and size with the load average, a bar chart
/// of CPU seconds per million rows (a flat or falling bar is linear or better), and the verdicts: growth exponent
/// between the two largest sizes, and the 1M-row training goal (5-fold CV in at most 10 minutes and 4 GB). Also
/// writes the chart as scale.svg next to scale.json.
/// </summary>
internal static class ScaleReport
{
    public static void Print(IReadOnlyList<StageMeasurement> results, string output)
    {
        var sizes = results.Select(r => r.Rows).Distinct().Order().ToList();
        Console.WriteLine();
        Console.WriteLine("  wall s / CPU s / peak MB per stage ('!' = the stage failed), and the load average (1 min) around the size's stages:");
        Console.WriteLine($"  {"rows",10} " + string.Join(" ", ScaleBenchmark.Stages.Select(s => $"{s,26}")) + "  load avg");
        foreach (var rows in sizes)
        {
            var cells = ScaleBenchmark.Stages.Select(s => Find(results, s, rows) is { } m
                ? $"{m.Seconds,8:F1} / {Cpu(m),7} / {m.PeakMegabytes,5:F0}{(m.ExitCode > 1 ? "!" : " ")}"
                : $"{"-",26}");
            var loads = results.Where(r => r.Rows == rows).ToList();
            Console.WriteLine($"  {rows,10:N0} " + string.Join(" ", cells) +
                $"  {loads.Min(r => Math.Min(r.LoadBefore, r.LoadAfter)):F0}-{loads.Max(r => Math.Max(r.LoadBefore, r.LoadAfter)):F0}");
        }
        Console.WriteLine();
        Console.WriteLine("  CPU seconds per million rows (wall where CPU was not kept; flat or falling = linear or better):");
        var widest = results.Max(PerMillion);
        foreach (var stage in ScaleBenchmark.Stages)
        {
            foreach (var m in results.Where(r => r.Stage == stage).OrderBy(r => r.Rows))
            {
                Console.WriteLine($"  {stage,-8} {m.Rows,10:N0} {new string('#', Math.Max(1, (int)Math.Round(50 * PerMillion(m) / widest))),-50} {PerMillion(m),9:F1}");
            }
        }
        Console.WriteLine();
        foreach (var line in Verdicts(results, sizes))
        {
            Console.WriteLine("  " + line);
        }
        var chart = Path.Combine(output, "scale.svg");
        File.WriteAllText(chart, ScaleChart.Svg(results));
        Console.WriteLine($"  chart: {chart}; figures: {ScaleFigures.PathIn(output)}");
    }

    /// <summary>The growth of each stage between the two largest sizes, and the 1M-row training goal.</summary>
    public static IEnumerable<string> Verdicts(IReadOnlyList<StageMeasurement> results, IReadOnlyList<int> sizes)
    {
        foreach (var stage in ScaleBenchmark.Stages)
        {
            var measured = sizes.Where(s => Find(results, stage, s) is not null).ToList();
            if (measured.Count < 2)
            {
                continue;
            }
            var (a, b) = (Find(results, stage, measured[^2])!, Find(results, stage, measured[^1])!);
            var wall = Exponent(a.Seconds, b.Seconds, a.Rows, b.Rows);
            var cpu = a.CpuSeconds is { } ca && b.CpuSeconds is { } cb ? Exponent(ca, cb, a.Rows, b.Rows) : (double?)null;
            var memory = Exponent(a.PeakMegabytes, b.PeakMegabytes, a.Rows, b.Rows);
            var judged = cpu ?? wall;
            yield return $"{stage,-8} from {a.Rows:N0} to {b.Rows:N0} rows: wall s grow as rows^{wall:F2}" + (cpu is { } c ? $", CPU s as rows^{c:F2}" : "") +
                $", peak MB as rows^{memory:F2}: " + (judged <= 1.1 && memory <= 1.1 ? "no worse than linear" : "WORSE than linear");
        }
        if (Find(results, "train", 1_000_000) is { } million)
        {
            var met = million.Seconds <= 600 && million.PeakMegabytes <= 4096 && million.ExitCode == 0;
            yield return $"1M rows x 20 columns, one LightGBM candidate ({Environment.ProcessorCount} threads), 5-fold CV + refit: {million.Seconds:F0} s wall, {Cpu(million)} CPU s, " +
                $"{million.PeakMegabytes:F0} MB peak (goal <= 600 s and <= 4096 MB): {(met ? "met" : "NOT met")} at load average {million.LoadBefore:F0}-{million.LoadAfter:F0}" +
                (million.CpuSeconds is { } cpu && !met && cpu <= 600 && million.PeakMegabytes <= 4096 ? "; its CPU seconds fit in 600, so an idle machine should meet it (inferred, not measured)" : "");
        }
    }

    private static double Exponent(double small, double large, int smallRows, int largeRows) =>
        Math.Log(large / small) / Math.Log((double)largeRows / smallRows);

    private static string Cpu(StageMeasurement m) => m.CpuSeconds is { } cpu ? cpu.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "-";

    private static double PerMillion(StageMeasurement m) => (m.CpuSeconds ?? m.Seconds) / m.Rows * 1e6;

    private static StageMeasurement? Find(IReadOnlyList<StageMeasurement> results, string stage, int rows) =>
        results.FirstOrDefault(r => r.Stage == stage && r.Rows == rows);
}
