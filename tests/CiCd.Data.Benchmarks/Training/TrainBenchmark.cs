using System.Text.Json;
using CiCd.Configuration;

namespace CiCd.Data.Benchmarks.Training;

/// <summary>
/// Fashion-MNIST, standard split, matched settings (200 boosting iterations, 31 leaves, learning rate 0.1, 2 threads
/// for the peers): mlops's LightGBM through the train stage's fit, XGBoost `hist` and scikit-learn's
/// HistGradientBoostingClassifier with early stopping off, each in its own process in the same run, plus
/// scikit-learn with its defaults (early_stopping='auto') and with max_iter=20, the two misreadings of "the same settings": see train_peer.py.
/// </summary>
internal static class TrainBenchmark
{
    /// <summary>Rows 1-60,000 are Fashion-MNIST's training set; the test set is always rows 60,001-70,000.</summary>
    public const int StandardTrainRows = 60_000;

    public static int Run(string configPath, int trainRows, bool withDefaults)
    {
        var config = ConfigLoader.Load(configPath);
        if (!File.Exists(config.Dataset.Path))
        {
            Console.Error.WriteLine($"{config.Dataset.Path} not found: run /usr/bin/python3 examples/fashion-mnist/fetch.py first");
            return 2;
        }
        // All three learners run OpenMP (libgomp) loops; on a shared machine its default spin-waiting burns the time
        // slices a descheduled peer thread needs, so every learner gets the same passive waiting.
        if (Environment.GetEnvironmentVariable("OMP_WAIT_POLICY") is null)
        {
            Environment.SetEnvironmentVariable("OMP_WAIT_POLICY", "PASSIVE");
        }
        Console.WriteLine($"Train on rows 1-{trainRows} of {config.Dataset.Path}, test on rows {StandardTrainRows + 1}-; each learner in its own process, " +
            $"{Environment.ProcessorCount} cores, OMP_WAIT_POLICY={Environment.GetEnvironmentVariable("OMP_WAIT_POLICY")}, load average {LoadAverage.Now():F1}:");
        var rows = new List<FitMeasurement>
        {
            Measure(() => ChildProcess.Self("step-train", configPath, trainRows.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Measure(() => Peer("xgboost", config.Dataset.Path, trainRows)),
            Measure(() => Peer("sklearn", config.Dataset.Path, trainRows)),
            // HGB without L2 diverges on 60,000 rows (docs/data-at-scale.md); λ = 1 is XGBoost's default.
            Measure(() => Peer("sklearn-l2", config.Dataset.Path, trainRows)),
        };
        if (withDefaults)
        {
            rows.Add(Measure(() => Peer("sklearn-defaults", config.Dataset.Path, trainRows)));
            rows.Add(Measure(() => Peer("sklearn-20", config.Dataset.Path, trainRows)));
        }
        Console.WriteLine($"  {"learner",-24} {"load s",7} {"fit s",8} {"fit CPU s",9} {"peak MB",8} {"fit: base→peak MB",18} {"accuracy",9} {"load avg",10}  note");
        foreach (var m in rows)
        {
            Console.WriteLine($"  {m.Name,-24} {m.LoadSeconds,7:F1} {m.FitSeconds,8:F1} {m.FitCpuSeconds,9:F1} {m.PeakMegabytes,8:F0} " +
                $"{$"{m.FitBaseMegabytes:F0}→{m.FitPeakMegabytes:F0}",18} {m.Accuracy,9:F4} {$"{m.LoadBefore:F0}→{m.LoadAfter:F0}",10}  {m.Note}");
        }
        Console.WriteLine(JsonSerializer.Serialize(rows));
        return 0;
    }

    private static JsonElement Peer(string mode, string csv, int trainRows) =>
        ChildProcess.Python("train_peer.py", mode, csv, trainRows.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static FitMeasurement Measure(Func<JsonElement> step)
    {
        var before = LoadAverage.Now();
        var measured = step().Deserialize<FitMeasurement>()!;
        var row = measured with { LoadBefore = before, LoadAfter = LoadAverage.Now() };
        // The whole row as soon as it is known: on a loaded machine a run may be stopped before the table.
        Console.WriteLine($"  done: {JsonSerializer.Serialize(row)}");
        return row;
    }
}
