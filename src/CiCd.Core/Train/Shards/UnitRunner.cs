using System.Collections.Concurrent;

namespace CiCd.Train.Shards;

/// <summary>
/// Runs the work units of one shard (all of them on a single machine) in parallel, reporting each as it ends with the
/// run's pace; the time left includes <paramref name="tail"/>, the steps after the units given the time per unit.
/// </summary>
public sealed class UnitRunner(SearchPlan plan, int parallelism, IProgress<TrainingProgress>? progress, TimeProvider? clock = null, Func<TimeSpan, TimeSpan>? tail = null)
{
    /// <summary>The results of <paramref name="shard"/>'s units, in unit order whatever order they finished in.</summary>
    public IReadOnlyList<UnitResult> Run(ShardId shard)
    {
        var units = plan.UnitsOf(shard);
        var results = new ConcurrentDictionary<int, UnitResult>();
        var pace = new TrainingPace(clock ?? TimeProvider.System, units.Count, tail);
        var where = shard == ShardId.All ? "" : $" (shard {shard})";
        // Units run on pool threads only, the calling thread waiting once: ML.NET's single-threaded FastTree and
        // FastForest hand every feature group of every split to the pool (Task.Run, then Wait). From a pool thread the
        // item lands in that thread's own queue and Wait runs it in place; from the calling thread, which
        // Parallel.ForEach also puts to work, every item went to another thread while this one spun waiting.
        Task.Run(() => Parallel.ForEach(units, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, unit =>
        {
            results[unit.Unit] = plan.Validator.EvaluateFold(unit.Spec, unit.Fold);
            var figures = pace.Complete(plan.Validator.TrainingRowCount(unit.Fold));
            progress?.Report(new TrainingProgress("cv", unit.Spec.Id, unit.Fold, figures.Done, units.Count,
                $"fold {unit.Fold + 1}/{plan.Folds}{where} {results[unit.Unit].Seconds:F1}s")
            { RowsPerSecond = figures.RowsPerSecond, Remaining = figures.Remaining });
        })).GetAwaiter().GetResult();
        return [.. results.OrderBy(pair => pair.Key).Select(pair => pair.Value)];
    }
}
