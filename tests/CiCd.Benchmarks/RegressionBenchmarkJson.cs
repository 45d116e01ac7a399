using System.Text.Json;
using System.Text.Json.Serialization;

namespace CiCd.Benchmarks;

/// <summary>The regression benchmark as JSON: per data set the figures over all repeats, the verdict, and every repeat's folds.</summary>
internal static class RegressionBenchmarkJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string Serialize(IReadOnlyList<RegressionBenchmarkSet> sets) => JsonSerializer.Serialize(sets.Select(set => new
    {
        dataset = set.Dataset,
        rows = set.Rows,
        folds = set.Folds,
        repeats = set.Repeats.Count,
        fold_seeds = set.Repeats.Select(r => r.FoldSeed),
        fold_checksums_match = set.ChecksumsMatch,
        goal_met = set.GoalMet,
        verdict = RegressionBenchmarkTable.Verdict(set),
        mlops_minus_best_peer_per_repeat = set.GapPerRepeat,
        pipelines = new[] { set.Mlops }.Concat(set.Peers).Concat(set.Candidates).Select(p => new
        {
            pipeline = p.Pipeline.Trim(),
            rmse_mean = p.RmseMean,
            rmse_sd = p.RmseSd,
            rmse_sd_of_repeat_means = p.RmseRepeatSd,
            r2_mean = p.R2Mean,
            r2_sd = p.R2Sd,
            folds_scored = p.FoldCount,
            fit_seconds = p.FitSeconds,
        }),
        per_repeat = set.Repeats.Select((r, i) => new
        {
            repeat = i + 1,
            fold_seed = r.FoldSeed,
            fold_checksum = r.Checksum,
            peer_fold_checksum = r.PeerChecksum,
            pipelines = r.All.Select(p => new
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
        }),
    }), Indented);
}
