using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Metrics;
using CiCd.Train;
using CiCd.Train.Trainers;

namespace CiCd.Benchmarks;

/// <summary>
/// Measures, in one run: the full search on German credit (wall time), a cached rerun, the selected model's
/// mean ROC AUC over 5 stratified folds of all 1000 rows next to scikit-learn's best default pipeline on the
/// very same folds (and its mean log-loss, which shows whether its probabilities are calibrated), and the digits
/// holdout accuracy.
/// </summary>
internal static class TrainingBenchmark
{
    public static int Run(string creditConfigPath, string digitsConfigPath)
    {
        var work = Directory.CreateTempSubdirectory("mlops-bench-").FullName;
        var credit = ConfigLoader.Load(creditConfigPath);
        var (full, fullSeconds) = Time(() => new TrainingEngine(credit, new TrainingOptions(Path.Combine(work, "train"), Path.Combine(work, "cache"))).Run());
        var (_, cachedSeconds) = Time(() => new TrainingEngine(credit, new TrainingOptions(Path.Combine(work, "train"), Path.Combine(work, "cache"))).Run());
        var card = CiCd.Formats.JsonReport.Read<ModelCard>(full.CardPath);
        var data = DatasetLoader.Load(credit.Dataset);
        var folds = StratifiedSplit.Folds(data.Labels, 5, credit.Training.Seed);
        var foldsFile = Path.Combine(work, "folds.csv");
        File.WriteAllLines(foldsFile, folds.Select(f => f.ToString(CultureInfo.InvariantCulture)));
        var ours = Selected(credit, data, folds, new CandidateSpec(card.Trainer, card.Parameters));
        var peer = SklearnPeer(credit.Dataset.Path, foldsFile);
        var digits = ConfigLoader.Load(digitsConfigPath);
        var (digitsRun, digitsSeconds) = Time(() => new TrainingEngine(digits, new TrainingOptions(Path.Combine(work, "digits"), Path.Combine(work, "cache"))).Run());
        Print(full, fullSeconds, cachedSeconds, ours, peer, digitsRun, digitsSeconds);
        Directory.Delete(work, recursive: true);
        return 0;
    }

    private static IReadOnlyDictionary<string, double> Selected(MlopsConfig config, Dataset data, int[] folds, CandidateSpec spec)
    {
        var costs = CostModel.From(config.Dataset.Classes, config.Training.CostMatrix);
        return new CrossValidator(data, folds, 5, config.Training.Seed, costs).Evaluate(spec).Mean;
    }

    private static JsonElement SklearnPeer(string dataPath, string foldsFile)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "sklearn_peer.py");
        var start = new ProcessStartInfo("/usr/bin/python3", [script, dataPath, foldsFile]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine("scikit-learn peer failed: install Debian's python3-sklearn (apt-get install python3-sklearn)");
            return JsonDocument.Parse("{}").RootElement;
        }
        return JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
    }

    private static void Print(TrainingResult full, double fullSeconds, double cachedSeconds, IReadOnlyDictionary<string, double> ours, JsonElement peer, TrainingResult digits, double digitsSeconds)
    {
        var peerAuc = peer.TryGetProperty("best_auc", out var auc) ? auc.GetDouble() : double.NaN;
        var peerName = peer.TryGetProperty("best", out var name) ? name.GetString() : "unavailable";
        Console.WriteLine();
        Console.WriteLine("German credit, 5-fold stratified CV on all 1000 rows, the same folds for both:");
        Console.WriteLine($"  {"mlops selected: " + full.Selected,-100} mean ROC AUC {ours[MetricNames.RocAuc]:F4}, log-loss {ours[MetricNames.LogLoss]:F4}");
        Console.WriteLine($"  {"scikit-learn best default pipeline: " + peerName,-100} mean ROC AUC {peerAuc:F4}");
        if (peer.TryGetProperty("all", out var all))
        {
            foreach (var entry in all.EnumerateObject())
            {
                Console.WriteLine($"    scikit-learn {entry.Name,-40} {entry.Value.GetDouble():F4}");
            }
        }
        Console.WriteLine($"German credit full search: {fullSeconds:F1} s (goal ≤ 60 s); cached rerun: {cachedSeconds:F2} s (goal ≤ 3 s)");
        Console.WriteLine($"Digits: holdout accuracy {digits.Metrics[MetricNames.Accuracy]:F4} (goal ≥ 0.97), selected {digits.Selected}, {digitsSeconds:F1} s");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            credit_cv_auc = ours[MetricNames.RocAuc],
            credit_cv_log_loss = ours[MetricNames.LogLoss],
            sklearn_cv_auc = peerAuc,
            sklearn_best = peerName,
            credit_search_seconds = fullSeconds,
            credit_cached_seconds = cachedSeconds,
            digits_holdout_accuracy = digits.Metrics[MetricNames.Accuracy],
            digits_seconds = digitsSeconds,
        }));
    }

    private static (T Value, double Seconds) Time<T>(Func<T> action)
    {
        var clock = Stopwatch.StartNew();
        var value = action();
        return (value, clock.Elapsed.TotalSeconds);
    }
}
