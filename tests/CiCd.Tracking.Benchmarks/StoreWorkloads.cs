using System.Diagnostics;
using CiCd.Tracking.Queries;
using CiCd.Tracking.Runs;
using CiCd.Tracking.Store;

namespace CiCd.Tracking.Benchmarks;

/// <summary>The workloads: many metrics in one run, and listing many runs.</summary>
internal sealed class StoreWorkloads(int metrics, int runs, int listRepeats)
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public IEnumerable<Measurement> Run(string backend, IExperimentStore store)
    {
        var experiment = $"bench-{Guid.NewGuid():N}";
        yield return new($"log {metrics:N0} metrics, one call each", backend, Time(() => LogOneByOne(store, experiment)));
        yield return new($"log {metrics:N0} metrics, one batch", backend, Time(() => LogBatch(store, experiment)));
        yield return new($"record {runs:N0} runs (start, 3 metrics, finish)", backend, Time(() => RecordRuns(store, experiment)));
        var query = new RunQuery { Experiment = experiment + "-listed", Limit = runs };
        var listed = Enumerable.Range(0, listRepeats).Select(_ => Time(() => Check(store.ListRuns(query).Count == runs, "listed run count"))).Order().ToList();
        yield return new($"list {runs:N0} runs (median of {listRepeats})", backend, listed[listed.Count / 2]);
    }

    private void LogOneByOne(IExperimentStore store, string experiment)
    {
        var run = Start(store, experiment, "one-by-one", 0);
        for (var step = 0; step < metrics; step++)
        {
            store.LogMetrics(run, [new("loss", 1.0 / (step + 1), step)]);
        }
        Check(store.GetRun(run).MetricSteps["loss"].Count == metrics, "logged metric count");
    }

    private void LogBatch(IExperimentStore store, string experiment)
    {
        var run = Start(store, experiment, "batch", 0);
        store.LogMetrics(run, Enumerable.Range(0, metrics).Select(step => new Metric("loss", 1.0 / (step + 1), step)).ToList());
        Check(store.GetRun(run).MetricSteps["loss"].Count == metrics, "logged metric count");
    }

    // The two logging runs above live in another experiment's namespace of ids, so listing sees exactly `runs`.
    private void RecordRuns(IExperimentStore store, string experiment)
    {
        var listed = experiment + "-listed";
        for (var i = 0; i < runs; i++)
        {
            var run = Start(store, listed, $"run-{i}", i);
            store.LogMetrics(run, [new("auc", 0.5 + (i % 50) / 100.0), new("f1", 0.6), new("log_loss", 0.4)]);
            store.FinishRun(run, RunStatus.Finished, Epoch.AddMinutes(i + 1));
        }
    }

    private static string Start(IExperimentStore store, string experiment, string name, int minute)
    {
        var runId = $"{experiment}-{name}";
        store.StartRun(new NewRun(runId, experiment, Epoch.AddMinutes(minute), new RunProvenance { User = "bench", ToolVersion = "0.1.0" }));
        return runId;
    }

    private static double Time(Action work)
    {
        var watch = Stopwatch.StartNew();
        work();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static void Check(bool holds, string what)
    {
        if (!holds)
        {
            throw new InvalidOperationException($"benchmark sanity check failed: {what}");
        }
    }
}
