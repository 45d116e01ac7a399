namespace CiCd.Data.Benchmarks.Scale;

/// <summary>
/// The scale curve as text: seconds and peak MB per stage and size, a bar chart of seconds per million rows (a flat or
/// falling bar is linear or better), and the verdicts: growth exponent between the two largest sizes, and the
/// 1M-row training goal (5-fold CV in at most 10 minutes and 4 GB).
/// </summary>
internal static class ScaleReport
{
    private static readonly string[] Stages = ["validate", "train", "drift", "score"];

    public static void Print(IReadOnlyList<StageMeasurement> results)
    {
        var sizes = results.Select(r => r.Rows).Distinct().Order().ToList();
        Console.WriteLine();
        Console.WriteLine($"  {"rows",10} " + string.Join(" ", Stages.Select(s => $"{s + " s / MB",18}")) + "  load avg");
        foreach (var rows in sizes)
        {
            var cells = Stages.Select(s => Find(results, s, rows) is { } m ? $"{m.Seconds,8:F1} / {m.PeakMegabytes,6:F0}{(m.ExitCode > 1 ? "!" : " ")}" : $"{"-",18}");
            var loads = results.Where(r => r.Rows == rows).ToList();
            Console.WriteLine($"  {rows,10:N0} " + string.Join(" ", cells) + $"  {loads.Min(r => Math.Min(r.LoadBefore, r.LoadAfter)):F0}-{loads.Max(r => Math.Max(r.LoadBefore, r.LoadAfter)):F0}");
        }
        Console.WriteLine();
        Console.WriteLine("  seconds per million rows (flat or falling = linear or better):");
        var widest = results.Max(r => r.Seconds / r.Rows * 1e6);
        foreach (var stage in Stages)
        {
            foreach (var m in results.Where(r => r.Stage == stage).OrderBy(r => r.Rows))
            {
                var perMillion = m.Seconds / m.Rows * 1e6;
                Console.WriteLine($"  {stage,-8} {m.Rows,10:N0} {new string('#', Math.Max(1, (int)Math.Round(50 * perMillion / widest))),-50} {perMillion,9:F1}");
            }
        }
        Console.WriteLine();
        if (sizes.Count >= 2)
        {
            var (small, large) = (sizes[^2], sizes[^1]);
            foreach (var stage in Stages)
            {
                if (Find(results, stage, small) is { } a && Find(results, stage, large) is { } b)
                {
                    var exponent = Math.Log(b.Seconds / a.Seconds) / Math.Log((double)large / small);
                    Console.WriteLine($"  {stage,-8} seconds grow as rows^{exponent:F2} from {small:N0} to {large:N0} rows: " +
                        (exponent <= 1.1 ? "no worse than linear" : "WORSE than linear"));
                }
            }
        }
        if (Find(results, "train", 1_000_000) is { } million)
        {
            var met = million.Seconds <= 600 && million.PeakMegabytes <= 4096 && million.ExitCode == 0;
            Console.WriteLine($"  1M rows x 20 columns, one LightGBM candidate, 5-fold CV + refit: {million.Seconds:F0} s, {million.PeakMegabytes:F0} MB peak " +
                $"(goal <= 600 s and <= 4096 MB): {(met ? "met" : "NOT met")} at load average {million.LoadBefore:F0}-{million.LoadAfter:F0}");
        }
    }

    private static StageMeasurement? Find(IReadOnlyList<StageMeasurement> results, string stage, int rows) =>
        results.FirstOrDefault(r => r.Stage == stage && r.Rows == rows);
}
