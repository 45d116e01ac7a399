using System.Globalization;

namespace CiCd.Benchmarks;

/// <summary>The regression benchmark's console tables (over all repeats, then repeat by repeat) and verdict line.</summary>
internal static class RegressionBenchmarkTable
{
    private const int Width = 64;

    public static void Print(RegressionBenchmarkSet set)
    {
        var seeds = string.Join(",", set.Repeats.Select(r => r.FoldSeed));
        Console.WriteLine();
        Console.WriteLine($"{set.Dataset}: {set.Rows} rows, {set.Repeats.Count} repeats of {set.Folds}-fold CV stratified on target bins (fold seeds {seeds}); " +
            (set.ChecksumsMatch ? "fold checksums equal on both sides in every repeat" : "fold checksums DIFFER: not comparable") +
            $" ({string.Join(" ", set.Repeats.Select(r => r.Checksum[..8]))})");
        Console.WriteLine($"  {"pipeline",-Width} {"RMSE mean ± sd",18} {"sd of means",11} {"R² mean ± sd",16} {"fit s",8}");
        foreach (var score in new[] { set.Mlops }.Concat(set.Peers).Concat(set.Candidates))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Shorten(score.Pipeline, Width),-Width} {score.RmseMean,9:F3} ± {score.RmseSd,6:F3} {score.RmseRepeatSd,11:F3} {score.R2Mean,7:F4} ± {score.R2Sd,6:F4} {score.FitSeconds,8:F1}"));
        }
        Console.WriteLine($"  {"mean RMSE per repeat (fold seed)",-40} {string.Join("", set.Repeats.Select(r => $"{r.FoldSeed,9}"))}");
        foreach (var score in new[] { set.Mlops }.Concat(set.Peers))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Shorten(score.Pipeline, 40),-40} {string.Join("", score.PerRepeat.Select(p => $"{p.RmseMean,9:F3}"))}"));
        }
        Console.WriteLine($"  mlops selected per outer fold: {string.Join("; ", set.Repeats.SelectMany(r => r.Mlops.Selected).GroupBy(s => s).Select(g => $"{g.Key} ×{g.Count()}"))}");
        Console.WriteLine("  " + Verdict(set));
    }

    public static string Verdict(RegressionBenchmarkSet set)
    {
        if (set.BestPeer is not { } best)
        {
            return $"verdict {set.Dataset}: no scikit-learn figures (is python3-sklearn installed?)";
        }
        var gap = set.Mlops.RmseMean - best.RmseMean;
        var ahead = set.GapPerRepeat.Count(g => g <= 0);
        var verdict = !set.ChecksumsMatch ? "NOT COMPARABLE (fold checksums differ)" : set.GoalMet ? "goal met" : "goal MISSED";
        return string.Create(CultureInfo.InvariantCulture,
            $"verdict {set.Dataset}: mlops RMSE {set.Mlops.RmseMean:F3} vs best scikit-learn ({best.Pipeline["scikit-learn ".Length..]}) {best.RmseMean:F3} " +
            $"over {set.Repeats.Count} × {set.Folds} folds, difference {gap:+0.000;-0.000} ({100 * gap / best.RmseMean:+0.0;-0.0} %), " +
            $"mlops no worse in {ahead} of {set.Repeats.Count} repeats: {verdict}");
    }

    private static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
