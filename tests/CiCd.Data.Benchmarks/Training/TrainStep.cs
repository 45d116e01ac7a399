using System.Diagnostics;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data.Columnar;
using CiCd.Metrics;
using CiCd.Train;
using CiCd.Train.Trainers;

namespace CiCd.Data.Benchmarks.Training;

/// <summary>
/// The mlops side of the training benchmark, in its own process: read the config's CSV into typed columns, take the
/// first rows as training (all 60,000 of Fashion-MNIST's standard split, or fewer) and rows 60,001-70,000 as test, fit the config's
/// first candidate once through the train stage's own fit (featurizer + trainer on the in-memory data view, as the
/// refit does; no cross-validation) and score the test rows. Prints one JSON line.
/// </summary>
internal static class TrainStep
{
    public static int Run(string configPath, int trainRows)
    {
        var config = ConfigLoader.Load(configPath);
        var clock = Stopwatch.StartNew();
        var (train, test) = Split(config, trainRows);
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var training = config.Training;
        var spec = SearchSpace.Expand(training.Candidates[0], training.Seed)[0];
        var trainer = TrainerCatalog.Find(config.Dataset.Task, spec.Trainer)!;
        var validator = new CrossValidator(train, [], training.Folds, training.Seed, CostModel.From(config.Dataset.Classes, training.CostMatrix));
        // The load's peak is read before the fit's own peak is measured from a reset high-water mark.
        var loadPeak = ProcessMemory.PeakMegabytes();
        var fitBase = FitMemory.Reset();
        clock.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var model = validator.Fit(trainer, spec, train);
        var fitSeconds = clock.Elapsed.TotalSeconds;
        var fitCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var fitPeak = ProcessMemory.PeakMegabytes();
        var probabilities = ModelScorer.Probabilities(model, test);
        var correct = probabilities.Where((p, i) => Array.IndexOf(p, p.Max()) == test.Labels[i]).Count();
        var threads = trainer is LightGbm lightGbm ? $"{lightGbm.Threads} LightGBM threads, " : "";
        var note = $"{spec.Id}, {threads}one fit on {train.RowCount} rows, no CV; scoring {test.RowCount} rows took {clock.Elapsed.TotalSeconds - fitSeconds:F1} s";
        Console.WriteLine(JsonSerializer.Serialize(new FitMeasurement("mlops LightGBM", loadSeconds, fitSeconds,
            Math.Max(loadPeak, ProcessMemory.PeakMegabytes()), (double)correct / test.RowCount, note)
        { FitCpuSeconds = fitCpu, FitBaseMegabytes = fitBase, FitPeakMegabytes = fitPeak }));
        return 0;
    }

    /// <summary>
    /// The training rows and the standard test rows, copied out of the whole table, which is then free. Read in a method
    /// of its own because the runtime first compiles a method run once without tracking which locals are still live:
    /// read inline, the whole table (220 MB on Fashion-MNIST) stayed reachable through a temporary until the end of
    /// <see cref="Run"/>, so the fit started with the table and both copies, where the peers hold the data once.
    /// </summary>
    public static (Dataset Train, Dataset Test) Split(MlopsConfig config, int trainRows)
    {
        var data = DatasetLoader.Load(ColumnarReader.Read(config.Dataset), config.Dataset);
        return (data.Select([.. Enumerable.Range(0, trainRows)]),
            data.Select([.. Enumerable.Range(TrainBenchmark.StandardTrainRows, data.RowCount - TrainBenchmark.StandardTrainRows)]));
    }
}
