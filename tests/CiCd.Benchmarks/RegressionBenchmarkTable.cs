using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CiCd.Benchmarks;

/// <summary>The regression benchmark's console table, verdict lines and JSON.</summary>
internal static class RegressionBenchmarkTable
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static void Print(RegressionBenchmarkSet set)
    {
        Console.WriteLine();
        Console.WriteLine($"{set.Dataset}: {set.Rows} rows, 5 outer folds stratified on target bins; fold checksum mlops {set.Checksum}, " +
            $"scikit-learn {set.PeerChecksum ?? "unavailable"} ({(set.ChecksumsMatch ? "same rows in the same folds" : "MISMATCH: not comparable")})");
        Console.WriteLine($"  {"data set",-10} {"pipeline",-72} {"RMSE mean ± sd",18} {"R²",7} {"fit s",8}");
        foreach (var score in new[] { set.Mlops }.Concat(set.Peers).Concat(set.Candidates))
        {
            Console.WriteLine($"  {set.Dataset,-10} {Shorten(score.Pipeline, 72),-72} {score.RmseMean,9:F3} ± {score.RmseSd,6:F3} {score.R2Mean,7:F4} {score.FitSeconds,8:F1}");
        }
        Console.WriteLine($"  mlops selected per outer fold: {string.Join("; ", set.Mlops.Selected.GroupBy(s => s).Select(g => $"{g.Key} ×{g.Count()}"))}");
        Console.WriteLine("  " + Verdict(set));
    }

    public static string Verdict(RegressionBenchmarkSet set)
    {
        if (set.BestPeer is not { } best)
        {
            return $"verdict {set.Dataset}: no scikit-learn figures (is python3-sklearn installed?)";
        }
        var gap = set.Mlops.RmseMean - best.RmseMean;
        var verdict = !set.ChecksumsMatch ? "NOT COMPARABLE (fold checksums differ)" : set.GoalMet ? "goal met" : "goal MISSED";
        return string.Create(CultureInfo.InvariantCulture,
            $"verdict {set.Dataset}: mlops RMSE {set.Mlops.RmseMean:F3} vs best scikit-learn ({best.Pipeline["scikit-learn ".Length..]}) {best.RmseMean:F3}, " +
            $"difference {gap:+0.000;-0.000} ({100 * gap / best.RmseMean:+0.0;-0.0} %): {verdict}");
    }

    public static string Json(IReadOnlyList<RegressionBenchmarkSet> sets) => JsonSerializer.Serialize(sets.Select(set => new
    {
        dataset = set.Dataset,
        rows = set.Rows,
        folds = 5,
        fold_checksum = set.Checksum,
        peer_fold_checksum = set.PeerChecksum,
        goal_met = set.GoalMet,
        verdict = Verdict(set),
        pipelines = new[] { set.Mlops }.Concat(set.Peers).Concat(set.Candidates).Select(p => new
        {
            pipeline = p.Pipeline.Trim(),
            rmse_mean = p.RmseMean,
            rmse_sd = p.RmseSd,
            r2_mean = p.R2Mean,
            fit_seconds = p.FitSeconds,
            rmse_per_fold = p.Rmse,
            r2_per_fold = p.R2,
            selected_per_fold = p.Selected.Count > 0 ? p.Selected : null,
        }),
    }), Indented);

    private static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
