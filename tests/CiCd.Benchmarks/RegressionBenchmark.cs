using System.Globalization;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Regression;
using CiCd.Train;

namespace CiCd.Benchmarks;

/// <summary>
/// For each regression config: 5 outer folds of all rows (stratified on target bins); on each, the config's own search
/// (inner CV on the other four folds, selection, refit) predicts the fold, next to scikit-learn's default pipelines
/// (scaled linear regression, random forest, histogram gradient boosting) fitted on the very same folds. Prints a table,
/// writes it as JSON, and gives a verdict per data set against the goal: mlops's mean RMSE no worse than the best of them.
/// </summary>
internal static class RegressionBenchmark
{
    private const int Folds = 5;

    public static int Run(IReadOnlyList<string> arguments)
    {
        var json = Option(arguments, "--json") ?? Path.Combine("artifacts", "benchmarks", "regression.json");
        var configPaths = arguments.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || arguments[i - 1] != "--json")).ToList();
        if (configPaths.Count == 0)
        {
            configPaths = ["examples/diabetes/mlops.yaml", "examples/cpu/mlops.yaml"];
        }
        var work = Directory.CreateTempSubdirectory("mlops-regression-bench-").FullName;
        var sets = new List<RegressionBenchmarkSet>();
        foreach (var path in configPaths)
        {
            var config = ConfigLoader.Load(path);
            var data = RegressionDatasetLoader.WithTransform(DatasetLoader.Load(config.Dataset), config.Training.TargetTransform);
            var folds = StratifiedSplit.Folds(data.Labels, Folds, config.Training.Seed);
            var foldsFile = Path.Combine(work, $"{config.Dataset.Name}-folds.csv");
            File.WriteAllLines(foldsFile, folds.Select(f => f.ToString(CultureInfo.InvariantCulture)));
            var ours = NestedCrossValidation.Run(config, data, folds, Folds, Environment.ProcessorCount);
            var peer = SklearnPeer.Run("sklearn_regression_peer.py", config.Dataset.Path, config.Dataset.Target, foldsFile);
            var set = new RegressionBenchmarkSet(config.Dataset.Name, data.RowCount, FoldChecksum.Of(folds, data.Targets!),
                peer.TryGetProperty("checksum", out var sum) ? sum.GetString() : null, ours, PeerScores(config.Dataset.Name, peer));
            if (arguments.Contains("--candidates"))
            {
                set = set with { Candidates = CandidateScores(config, data, folds) };
            }
            RegressionBenchmarkTable.Print(set);
            sets.Add(set);
        }
        Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(json))!);
        File.WriteAllText(json, RegressionBenchmarkTable.Json(sets));
        Console.WriteLine($"\nJSON: {Path.GetFullPath(json)}");
        return sets.All(s => s.ChecksumsMatch) ? 0 : 1;
    }

    private static List<PipelineScore> PeerScores(string dataset, JsonElement peer) => !peer.TryGetProperty("all", out var all) ? [] :
        [.. all.EnumerateObject().Select(entry => new PipelineScore(dataset, "scikit-learn " + entry.Name,
            [.. entry.Value.GetProperty("rmse").EnumerateArray().Select(v => v.GetDouble())],
            [.. entry.Value.GetProperty("r2").EnumerateArray().Select(v => v.GetDouble())],
            entry.Value.GetProperty("fit_seconds").GetDouble()))];

    // Every candidate scored on the outer folds directly: for reading why one wins, never for the verdict (choosing among
    // these by their outer-fold scores would select on the test folds).
    private static List<PipelineScore> CandidateScores(MlopsConfig config, Dataset data, int[] folds)
    {
        var validator = new CrossValidator(data, folds, Folds, config.Training.Seed, CiCd.Metrics.CostModel.From([], []));
        return [.. config.Training.Candidates.SelectMany(c => SearchSpace.Expand(c, config.Training.Seed))
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(spec => validator.Evaluate(spec))
            .Select(r => new PipelineScore(config.Dataset.Name, "  candidate " + r.Spec.Id,
                [.. r.Folds.Select(f => f.Metrics[CiCd.Metrics.MetricNames.Rmse])], [.. r.Folds.Select(f => f.Metrics[CiCd.Metrics.MetricNames.R2])], r.Seconds))];
    }

    private static string? Option(IReadOnlyList<string> arguments, string name)
    {
        var at = arguments.ToList().IndexOf(name);
        return at >= 0 && at + 1 < arguments.Count ? arguments[at + 1] : null;
    }
}
