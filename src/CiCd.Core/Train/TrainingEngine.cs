using System.Diagnostics;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Columnar;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Metrics;
using CiCd.Train.Shards;
using CiCd.Train.Trainers;
using CiCd.Validate;

namespace CiCd.Train;

/// <summary>
/// The train stage: validate, split, cross-validate every candidate, select by the primary metric, choose
/// the decision threshold on out-of-fold predictions, refit, test on the held-out split, write the model
/// and its card. A run whose inputs were seen before is taken from the stage cache.
/// </summary>
public sealed class TrainingEngine(MlopsConfig config, TrainingOptions options, IProgress<TrainingProgress>? progress = null)
{
    /// <summary>Further files a fresh run writes from the rows it trained on (the drift reference); cached with the rest.</summary>
    public IReadOnlyList<ITrainingOutput> Outputs { get; init; } = [];

    /// <summary>The dataset <see cref="Run"/> read (once), for the steps after it such as the drift reference profile.</summary>
    public Dataset? Data { get; private set; }

    /// <summary>Runs the stage: every work unit here, or (with <see cref="TrainingOptions.MergeFrom"/>) the shards' units; then selects and refits.</summary>
    public TrainingResult Run()
    {
        var clock = Stopwatch.StartNew();
        var reading = options.Clock.GetTimestamp();
        var (data, fingerprint, key) = Prepare();
        var read = options.Clock.GetElapsedTime(reading);
        var plan = SearchPlan.Create(config, data);
        var tail = Tail(plan, read);
        // Shards are checked before the cache is asked, so a wrong set of shards is an error even when the run is cached.
        var merged = options.MergeFrom is { } paths ? ShardSet.Read(paths, Header(fingerprint, key, ShardId.All, plan, []), plan) : null;
        var cache = new StageCache(options.CacheFolder, [.. TrainingFiles.Engine, .. Outputs.Select(o => o.File)]);
        // Held from the cache's answer to the store: a run of the same inputs started meanwhile waits, then reuses this one.
        using var turn = options.UseCache
            ? cache.TakeTrainingTurn(key, () => progress?.Report(new TrainingProgress("cache", null, null, 0, 1,
                $"another run is training the same inputs (key {key[..12]}): waiting to reuse its run")))
            : null;
        if (options.UseCache && cache.TryRestore(key, options.OutputFolder, out var cached))
        {
            progress?.Report(new TrainingProgress("cache", null, null, 1, 1, $"inputs unchanged (key {key[..12]}): reused the cached run {cached.RunId}"));
            return cached with { Cached = true, OutputFolder = Path.GetFullPath(options.OutputFolder), Seconds = clock.Elapsed.TotalSeconds };
        }
        // A single-machine run is one shard of one, merged: the same units, the same combination, the same selection.
        cache.Store(key, folder => Train(data, plan, merged is null ? Units(plan, ShardId.All, tail) : new SearchUnits(merged, null), fingerprint, key, folder, clock, tail));
        cache.TryRestore(key, options.OutputFolder, out var fresh);
        return fresh with { OutputFolder = Path.GetFullPath(options.OutputFolder), Seconds = clock.Elapsed.TotalSeconds };
    }

    /// <summary>Trains only <paramref name="shard"/>'s work units and writes their results to <c>train-shard-I-of-N.json</c> in the output folder.</summary>
    public ShardRun RunShard(ShardId shard)
    {
        var clock = Stopwatch.StartNew();
        var (data, fingerprint, key) = Prepare();
        var plan = SearchPlan.Create(config, data);
        var results = Units(plan, shard).Results;
        var path = Path.GetFullPath(Path.Combine(options.OutputFolder, shard.FileName));
        JsonReport.Write(path, Header(fingerprint, key, shard, plan, results));
        return new ShardRun(path, shard.Index, shard.Count, results.Count, plan.UnitCount, key, Math.Round(clock.Elapsed.TotalSeconds, 3));
    }

    // Typing comes first: a value that is not a number or a single-class target is bad input (exit 2)
    // named by file, line and column; the validation rules then decide whether the data is fit (exit 1).
    private (Dataset Data, string Fingerprint, string Key) Prepare()
    {
        var table = ColumnarReader.Read(config.Dataset);
        var data = Data = CiCd.Data.Regression.RegressionDatasetLoader.WithTransform(DatasetLoader.Load(table, config.Dataset), config.Training.TargetTransform);
        var validation = DataValidator.Validate(table, config.Dataset, config.Validation);
        if (!validation.Passed)
        {
            var first = validation.Results.First(r => r.IsBlocking);
            throw new MlopsException($"{config.Dataset.Path}: data invalid, {Counted.Of(validation.Errors, "validation error")} " +
                $"(first: {first.Rule} on {first.Column ?? "the dataset"}: {first.Message}); run 'mlops data validate' for the report",
                ExitCodes.CheckFailed);
        }
        return (data, validation.Fingerprint, CacheKey.Compute(config, validation.Fingerprint));
    }

    private ShardFile Header(string fingerprint, string key, ShardId shard, SearchPlan plan, IReadOnlyList<UnitResult> results) =>
        new(ShardFile.FormatName, ShardFile.CurrentSchema, shard.Index, shard.Count, key, fingerprint, CacheKey.ConfigHash(config),
            config.Training.Seed, ToolVersions.Tool, plan.UnitCount, results);

    // The units' results with the wall time they took together, which the refit's estimate needs (returned, not kept, so
    // one call never leaks into the next).
    private SearchUnits Units(SearchPlan plan, ShardId shard, TrainingTail? tail = null)
    {
        var start = options.Clock.GetTimestamp();
        var results = new UnitRunner(plan, options.Parallelism ?? Environment.ProcessorCount, progress, options.Clock, tail is null ? null : tail.Estimate).Run(shard);
        return new SearchUnits(results, options.Clock.GetElapsedTime(start));
    }

    // The refit trains on every training row; a unit on all folds but one.
    private TrainingTail Tail(SearchPlan plan, TimeSpan read)
    {
        var foldRows = Enumerable.Range(0, plan.Folds).Average(plan.Validator.TrainingRowCount);
        return new TrainingTail(options.Clock, foldRows > 0 ? plan.Train.RowCount / foldRows : 1, read,
            [TrainingTail.ArtefactsCost, .. Outputs.Select(o => o.Cost)]);
    }

    // The selected candidate's unit time as its refit will take it, alone, on as many threads as its trainer fits with.
    private static TimeSpan RefitUnit(CandidateResult best, SearchUnits units, int threads)
    {
        var own = units.Results.Where(u => u.Candidate == best.Spec.Id).Select(u => u.Seconds).DefaultIfEmpty(0).Average();
        return TrainingTail.RefitUnit(own, units.Results.Sum(u => u.Seconds), units.Wall, threads);
    }

    private void Step(TrainingTail tail, TimeSpan unit, string stage, string? candidate, string message)
    {
        var remaining = tail.Begin(unit);
        progress?.Report(new TrainingProgress(stage, candidate, null, tail.Begun, tail.Steps, message) { Remaining = remaining });
    }

    private TrainingResult Train(Dataset data, SearchPlan plan, SearchUnits units, string fingerprint, string key, string folder, Stopwatch clock, TrainingTail tail)
    {
        var (train, test, costs) = (plan.Train, plan.Test, plan.Costs);
        var results = Combine(plan, units.Results);
        var best = Select(results);
        var threshold = data.Config.Task == TaskKind.Binary
            ? ThresholdChooser.Choose(train.Labels, best.OutOfFold.Select(p => p[1]).ToArray(), costs)
            : 0.5;
        var trainer = TrainerCatalog.Find(data.Config.Task, best.Spec.Trainer)!;
        var unit = RefitUnit(best, units, trainer.FitThreads);
        Step(tail, unit, "refit", best.Spec.Id, $"refitting {best.Spec.Id} on {Counted.Of(train.RowCount, "row")}");
        var model = plan.Validator.Fit(trainer, best.Spec, train);
        Step(tail, unit, "test", null, $"testing on {Counted.Of(test.RowCount, "row")}, writing the model and evaluation");
        var probabilities = ModelScorer.Probabilities(model, test);
        var evaluation = test.Targets is { } targets
            ? Metrics.Regression.RegressionEvaluator.Evaluate(targets, probabilities)
            : Evaluator.Evaluate(data.Config.Task, config.Dataset.Classes, test.Labels, probabilities, costs, threshold);
        var runId = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{key[..8]}";
        var artefacts = new TrainingArtefacts(config, folder);
        var card = artefacts.Write(model, train, test, probabilities, evaluation, results, best, new CardData(
            config.Dataset.Path, fingerprint, data.RowCount, train.RowCount, test.RowCount)
        { Version = options.DataVersion }, runId, key);
        foreach (var output in Outputs)
        {
            Step(tail, unit, "output", null, $"writing {output.File}");
            output.Write(new TrainingRun(data, plan.TrainRows, card) { Train = train }, Path.Combine(folder, output.File));
        }
        return artefacts.WriteResult(card, key, clock.Elapsed.TotalSeconds);
    }

    // Units come in unit order (candidate-major), so candidate i owns units [i·folds, (i+1)·folds).
    private List<CandidateResult> Combine(SearchPlan plan, IReadOnlyList<UnitResult> units)
    {
        var metric = config.Training.PrimaryMetric;
        var results = new List<CandidateResult>();
        foreach (var (spec, i) in plan.Specs.Select((spec, i) => (spec, i)))
        {
            var result = plan.Validator.Combine(spec, [.. units.Skip(i * plan.Folds).Take(plan.Folds)]);
            results.Add(result);
            progress?.Report(new TrainingProgress("candidate", spec.Id, null, (i + 1) * plan.Folds, plan.UnitCount,
                $"{metric} {result.Mean[metric]:F4} ± {result.StandardDeviation[metric]:F4}"));
        }
        return results;
    }

    private CandidateResult Select(List<CandidateResult> results) => CandidateSelection.Best(results, config.Training.PrimaryMetric);
}
