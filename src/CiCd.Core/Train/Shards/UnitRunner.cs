using System.Collections.Concurrent;

namespace CiCd.Train.Shards;

/// <summary>
/// Runs the work units of one shard (all of them on a single machine) in parallel, reporting each as it ends with the
/// run's pace; the time left includes <paramref name="tail"/>, the steps after the units given the time per unit.
/// Between the ends of units, a unit running past its trainer's estimate is reported every <see cref="Heartbeat"/> with
/// the time left grown by its overrun, so a long fold never leaves an exceeded estimate as the last word.
/// </summary>
public sealed class UnitRunner(SearchPlan plan, int parallelism, IProgress<TrainingProgress>? progress, TimeProvider? clock = null, Func<TimeSpan, TimeSpan>? tail = null)
{
    /// <summary>How often a unit past its estimate is reported while nothing else is.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);

    /// <summary>The results of <paramref name="shard"/>'s units, in unit order whatever order they finished in.</summary>
    public IReadOnlyList<UnitResult> Run(ShardId shard)
    {
        var units = plan.UnitsOf(shard);
        var results = new ConcurrentDictionary<int, UnitResult>();
        var time = clock ?? TimeProvider.System;
        var pace = new TrainingPace(time, [.. units.Select(u => u.Spec.Trainer)], tail);
        var where = shard == ShardId.All ? "" : $" (shard {shard})";
        using var heartbeat = progress is null ? null : time.CreateTimer(_ => ReportOverdue(pace, units, where), null, Heartbeat, Heartbeat);
        // Units run on pool threads only, the calling thread waiting once: ML.NET's single-threaded FastTree and
        // FastForest hand every feature group of every split to the pool (Task.Run, then Wait). From a pool thread the
        // item lands in that thread's own queue and Wait runs it in place; from the calling thread, which
        // Parallel.ForEach also puts to work, every item went to another thread while this one spun waiting.
        Task.Run(() => Parallel.ForEach(Enumerable.Range(0, units.Count), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, index =>
        {
            var unit = units[index];
            pace.Begin(index);
            results[unit.Unit] = plan.Validator.EvaluateFold(unit.Spec, unit.Fold);
            var figures = pace.Complete(index, plan.Validator.TrainingRowCount(unit.Fold));
            progress?.Report(new TrainingProgress("cv", unit.Spec.Id, unit.Fold, figures.Done, units.Count,
                $"fold {unit.Fold + 1}/{plan.Folds}{where} {results[unit.Unit].Seconds:F1}s")
            { RowsPerSecond = figures.RowsPerSecond, Remaining = figures.Remaining });
        })).GetAwaiter().GetResult();
        return [.. results.OrderBy(pair => pair.Key).Select(pair => pair.Value)];
    }

    private void ReportOverdue(TrainingPace pace, IReadOnlyList<(int Unit, CandidateSpec Spec, int Fold)> units, string where)
    {
        var figures = pace.Now();
        if (figures.Overdue is not { } late)
        {
            return;
        }
        var unit = units[late.Unit];
        progress?.Report(new TrainingProgress("running", unit.Spec.Id, unit.Fold, figures.Done, units.Count,
            $"fold {unit.Fold + 1}/{plan.Folds}{where} running {late.Running.TotalSeconds:F0}s, past its estimate of {late.Estimate.TotalSeconds:F0}s")
        { RowsPerSecond = figures.RowsPerSecond, Remaining = figures.Remaining });
    }
}
