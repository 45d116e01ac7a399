using System.Collections.Concurrent;

namespace CiCd.Train.Shards;

/// <summary>Runs the work units of one shard (all of them on a single machine) in parallel, reporting each as it ends.</summary>
public sealed class UnitRunner(SearchPlan plan, int parallelism, IProgress<TrainingProgress>? progress)
{
    /// <summary>The results of <paramref name="shard"/>'s units, in unit order whatever order they finished in.</summary>
    public IReadOnlyList<UnitResult> Run(ShardId shard)
    {
        var units = plan.UnitsOf(shard);
        var results = new ConcurrentDictionary<int, UnitResult>();
        var done = 0;
        var where = shard == ShardId.All ? "" : $" (shard {shard})";
        Parallel.ForEach(units, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, unit =>
        {
            results[unit.Unit] = plan.Validator.EvaluateFold(unit.Spec, unit.Fold);
            var count = Interlocked.Increment(ref done);
            progress?.Report(new TrainingProgress("cv", unit.Spec.Id, unit.Fold, count, units.Count,
                $"fold {unit.Fold + 1}/{plan.Folds}{where} {results[unit.Unit].Seconds:F1}s"));
        });
        return [.. results.OrderBy(pair => pair.Key).Select(pair => pair.Value)];
    }
}
