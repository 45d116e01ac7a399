using CiCd.Configuration;
using CiCd.Train;
using CiCd.Train.Trainers;
using Microsoft.ML;

namespace CiCd.Data.Benchmarks.Training;

/// <summary>
/// The training benchmark's mlops fit (<see cref="TrainStep"/>: the first rows for training, the config's first
/// candidate, featurizer + trainer as <see cref="CrossValidator"/> builds them with the run's seed), traced with
/// <see cref="FitTrace"/> from the start of the process: resident and GC heap MB over time, with ML.NET's phases.
/// Without <c>release</c> it leaves out <see cref="LightGbmMemory"/>, as the fit was before it; <c>iterations</c>
/// replaces the candidate's number of boosting iterations.
/// </summary>
internal static class TraceStep
{
    public static int Run(string configPath, int trainRows, string tracePath, bool release, int? iterations)
    {
        using var writer = new StreamWriter(tracePath);
        using var trace = new FitTrace(writer);
        var config = ConfigLoader.Load(configPath);
        trace.Mark("read");
        var (train, test) = TrainStep.Split(config, trainRows);
        var training = config.Training;
        var spec = SearchSpace.Expand(training.Candidates[0], training.Seed)[0];
        if (iterations is { } count)
        {
            // Memory is set before the first iteration (samples, native bins, histogram pool); fewer iterations trace it sooner.
            spec = spec with { Parameters = new Dictionary<string, double>(spec.Parameters) { ["number_of_iterations"] = count } };
        }
        var trainer = TrainerCatalog.Find(config.Dataset.Task, spec.Trainer)!;
        FitMemory.Reset();
        trace.Mark("fit");
        var ml = new MLContext(training.Seed);
        trace.Follow(ml);
        if (release)
        {
            LightGbmMemory.ReleaseBeforeBoosting(ml, (long)train.RowCount * config.Dataset.Features.Count());
        }
        var model = Featurizer.Create(ml, config.Dataset.Features).Append(trainer.Create(ml, spec.Parameters)).Fit(TableDataView.Of(train));
        trace.Mark("fitted");
        GC.KeepAlive(model);
        GC.KeepAlive(test);
        Console.WriteLine($"peak {ProcessMemory.PeakMegabytes():F0} MB during the fit; trace in {tracePath}");
        return 0;
    }
}
