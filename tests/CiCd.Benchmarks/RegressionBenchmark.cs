using System.Globalization;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Regression;
using CiCd.Train;

namespace CiCd.Benchmarks;

/// <summary>
/// For each regression config, repeated nested CV: in each repeat the rows are cut into 5 outer folds (stratified on
/// target bins) with that repeat's fold seed; on each fold, the config's own search (inner CV on the other four folds,
/// selection, refit) predicts the fold, next to scikit-learn's default pipelines (scaled linear regression, random
/// forest, histogram gradient boosting) fitted on the very same folds. One 5-fold cut of a few hundred rows moves a
/// mean RMSE by several units, so the verdict (mlops's mean RMSE no worse than the best of them) is on the mean over
/// every fold of every repeat. Prints a table, writes every repeat's figures as JSON.
/// </summary>
internal static class RegressionBenchmark
{
    public static int Run(IReadOnlyList<string> arguments)
    {
        var options = RegressionBenchmarkOptions.Parse(arguments);
        var folds = RegressionBenchmarkOptions.Folds;
        var work = Directory.CreateTempSubdirectory("mlops-regression-bench-").FullName;
        var sets = new List<RegressionBenchmarkSet>();
        foreach (var path in options.Configs)
        {
            var config = ConfigLoader.Load(path);
            var data = RegressionDatasetLoader.WithTransform(DatasetLoader.Load(config.Dataset), config.Training.TargetTransform);
            var cuts = options.FoldSeeds.Select(seed => StratifiedSplit.Folds(data.Labels, folds, seed)).ToList();
            var foldsFile = Path.Combine(work, $"{config.Dataset.Name}-folds.csv");
            File.WriteAllLines(foldsFile, Enumerable.Range(0, data.RowCount)
                .Select(row => string.Join(",", cuts.Select(cut => cut[row].ToString(CultureInfo.InvariantCulture)))));
            var peer = SklearnPeer.Run("sklearn_regression_peer.py", config.Dataset.Path, config.Dataset.Target, foldsFile);
            var peerRepeats = peer.TryGetProperty("repeats", out var list) ? list.EnumerateArray().ToList() : [];
            var repeats = new List<RegressionRepeat>();
            for (var r = 0; r < cuts.Count; r++)
            {
                Console.Error.WriteLine($"{config.Dataset.Name}: repeat {r + 1} of {cuts.Count} (fold seed {options.FoldSeeds[r]})");
                var peerRepeat = r < peerRepeats.Count ? peerRepeats[r] : default;
                var repeat = new RegressionRepeat(options.FoldSeeds[r], FoldChecksum.Of(cuts[r], data.Targets!),
                    peerRepeat.ValueKind == JsonValueKind.Object ? peerRepeat.GetProperty("checksum").GetString() : null,
                    NestedCrossValidation.Run(config, data, cuts[r], folds, Environment.ProcessorCount), PeerScores(config.Dataset.Name, peerRepeat));
                repeats.Add(options.Candidates ? repeat with { Candidates = CandidateScores.On(config, data, cuts[r], folds) } : repeat);
            }
            var set = new RegressionBenchmarkSet(config.Dataset.Name, data.RowCount, folds, repeats);
            RegressionBenchmarkTable.Print(set);
            sets.Add(set);
        }
        Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Json))!);
        File.WriteAllText(options.Json, RegressionBenchmarkJson.Serialize(sets));
        Console.WriteLine($"\nJSON: {Path.GetFullPath(options.Json)}");
        return sets.All(s => s.ChecksumsMatch) ? 0 : 1;
    }

    private static List<PipelineScore> PeerScores(string dataset, JsonElement peer) =>
        peer.ValueKind != JsonValueKind.Object || !peer.TryGetProperty("all", out var all) ? [] :
        [.. all.EnumerateObject().Select(entry => new PipelineScore(dataset, "scikit-learn " + entry.Name,
            [.. entry.Value.GetProperty("rmse").EnumerateArray().Select(v => v.GetDouble())],
            [.. entry.Value.GetProperty("r2").EnumerateArray().Select(v => v.GetDouble())],
            entry.Value.GetProperty("fit_seconds").GetDouble()))];
}
