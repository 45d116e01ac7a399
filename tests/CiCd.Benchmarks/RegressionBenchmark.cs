using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Regression;
using CiCd.Metrics;
using CiCd.Train;

namespace CiCd.Benchmarks;

/// <summary>
/// For each regression config: every candidate cross-validated on 5 folds of all rows (stratified on target bins), the
/// one the pipeline would select (best mean RMSE), next to scikit-learn's default pipelines (scaled linear regression,
/// random forest, histogram gradient boosting) on the very same folds.
/// </summary>
internal static class RegressionBenchmark
{
    private const int Folds = 5;

    public static int Run(IReadOnlyList<string> configPaths)
    {
        var work = Directory.CreateTempSubdirectory("mlops-regression-bench-").FullName;
        var summary = new List<object>();
        foreach (var path in configPaths)
        {
            var config = ConfigLoader.Load(path);
            var data = RegressionDatasetLoader.WithTransform(DatasetLoader.Load(config.Dataset), config.Training.TargetTransform);
            var folds = StratifiedSplit.Folds(data.Labels, Folds, config.Training.Seed);
            var foldsFile = Path.Combine(work, $"{config.Dataset.Name}-folds.csv");
            File.WriteAllLines(foldsFile, folds.Select(f => f.ToString(CultureInfo.InvariantCulture)));
            var clock = Stopwatch.StartNew();
            var validator = new CrossValidator(data, folds, Folds, config.Training.Seed, CostModel.From([], []));
            var best = config.Training.Candidates.SelectMany(c => SearchSpace.Expand(c, config.Training.Seed))
                .Select(spec => validator.Evaluate(spec))
                .MinBy(result => result.Mean[MetricNames.Rmse])!;
            var seconds = clock.Elapsed.TotalSeconds;
            var peer = SklearnPeer.Run("sklearn_regression_peer.py", config.Dataset.Path, config.Dataset.Target, foldsFile);
            Print(config, data.RowCount, best, seconds, peer);
            summary.Add(new
            {
                dataset = config.Dataset.Name,
                mlops_selected = best.Spec.Id,
                mlops_rmse = best.Mean[MetricNames.Rmse],
                mlops_r2 = best.Mean[MetricNames.R2],
                sklearn_best = peer.TryGetProperty("best", out var name) ? name.GetString() : null,
                sklearn_rmse = peer.TryGetProperty("best_rmse", out var rmse) ? rmse.GetDouble() : double.NaN,
                sklearn_r2 = peer.TryGetProperty("best_r2", out var r2) ? r2.GetDouble() : double.NaN,
            });
        }
        Console.WriteLine(CiCd.Reports.JsonReport.Serialize(summary).ReplaceLineEndings(" "));
        Directory.Delete(work, recursive: true);
        return 0;
    }

    private static void Print(MlopsConfig config, int rows, CandidateResult best, double seconds, JsonElement peer)
    {
        Console.WriteLine();
        Console.WriteLine($"{config.Dataset.Name}: 5-fold CV on all {rows} rows (stratified on target bins), the same folds for both; mean over folds:");
        Console.WriteLine($"  {"mlops selected: " + best.Spec.Id,-110} RMSE {best.Mean[MetricNames.Rmse],9:F3}  R² {best.Mean[MetricNames.R2]:F4}  ({seconds:F1} s for the search)");
        if (peer.TryGetProperty("all", out var all))
        {
            foreach (var entry in all.EnumerateObject())
            {
                Console.WriteLine($"  {"scikit-learn " + entry.Name,-110} RMSE {entry.Value.GetProperty("rmse").GetDouble(),9:F3}  R² {entry.Value.GetProperty("r2").GetDouble():F4}");
            }
        }
    }
}
