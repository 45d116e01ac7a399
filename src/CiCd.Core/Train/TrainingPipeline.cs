using System.Collections.Concurrent;
using System.Diagnostics;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Columnar;
using CiCd.Errors;
using CiCd.Metrics;
using CiCd.Train.Trainers;
using CiCd.Validate;

namespace CiCd.Train;

/// <summary>
/// The train stage: validate, split, cross-validate every candidate, select by the primary metric, choose
/// the decision threshold on out-of-fold predictions, refit, test on the held-out split, write the model
/// and its card. A run whose inputs were seen before is taken from the stage cache.
/// </summary>
public sealed class TrainingPipeline(MlopsConfig config, TrainingOptions options, IProgress<TrainingProgress>? progress = null)
{
    /// <summary>Further files a fresh run writes from the rows it trained on (the drift reference); cached with the rest.</summary>
    public IReadOnlyList<ITrainingOutput> Outputs { get; init; } = [];

    /// <summary>The dataset <see cref="Run"/> read (once), for the steps after it such as the drift reference profile.</summary>
    public Dataset? Data { get; private set; }

    /// <summary>Runs the stage.</summary>
    public TrainingResult Run()
    {
        var clock = Stopwatch.StartNew();
        var table = ColumnarReader.Read(config.Dataset);
        // Typing comes first: a value that is not a number or a single-class target is bad input (exit 2)
        // named by file, line and column; the validation rules then decide whether the data is fit (exit 1).
        var data = Data = CiCd.Data.Regression.RegressionDatasetLoader.WithTransform(DatasetLoader.Load(table, config.Dataset), config.Training.TargetTransform);
        var validation = DataValidator.Validate(table, config.Dataset, config.Validation);
        if (!validation.Passed)
        {
            var first = validation.Results.First(r => r.IsBlocking);
            throw new MlopsException($"{config.Dataset.Path}: data invalid, {validation.Errors} validation errors " +
                $"(first: {first.Rule} on {first.Column ?? "the dataset"}: {first.Message}); run 'mlops data validate' for the report",
                ExitCodes.CheckFailed);
        }
        var key = CacheKey.Compute(config, validation.Fingerprint);
        var cache = new StageCache(options.CacheFolder, [.. TrainingFiles.Engine, .. Outputs.Select(o => o.File)]);
        if (options.UseCache && cache.TryRestore(key, options.OutputFolder, out var cached))
        {
            progress?.Report(new TrainingProgress("cache", null, null, 1, 1, $"inputs unchanged (key {key[..12]}): reused the cached run {cached.RunId}"));
            return cached with { Cached = true, OutputFolder = Path.GetFullPath(options.OutputFolder), Seconds = clock.Elapsed.TotalSeconds };
        }
        cache.Store(key, folder => Train(data, validation.Fingerprint, key, folder, clock));
        cache.TryRestore(key, options.OutputFolder, out var fresh);
        return fresh with { OutputFolder = Path.GetFullPath(options.OutputFolder), Seconds = clock.Elapsed.TotalSeconds };
    }

    private TrainingResult Train(Dataset data, string fingerprint, string key, string folder, Stopwatch clock)
    {
        var training = config.Training;
        var costs = CostModel.From(config.Dataset.Classes, training.CostMatrix);
        var (trainRows, testRows) = StratifiedSplit.Holdout(data.Labels, training.TestFraction, training.Seed);
        var train = data.Select(trainRows);
        var test = data.Select(testRows);
        var folds = StratifiedSplit.Folds(train.Labels, training.Folds, training.Seed);
        var validator = new CrossValidator(train, folds, training.Folds, training.Seed, costs);
        var results = CrossValidateAll(validator);
        var best = Select(results);
        var threshold = data.Config.Task == TaskKind.Binary
            ? ThresholdChooser.Choose(train.Labels, best.OutOfFold.Select(p => p[1]).ToArray(), costs)
            : 0.5;
        progress?.Report(new TrainingProgress("refit", best.Spec.Id, null, 0, 1, $"refitting {best.Spec.Id} on {train.RowCount} rows"));
        var model = validator.Fit(TrainerCatalog.Find(data.Config.Task, best.Spec.Trainer)!, best.Spec, train);
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
            output.Write(new TrainingRun(data, trainRows, card), Path.Combine(folder, output.File));
        }
        return artefacts.WriteResult(card, key, clock.Elapsed.TotalSeconds);
    }

    private List<CandidateResult> CrossValidateAll(CrossValidator validator)
    {
        var specs = config.Training.Candidates.SelectMany(c => SearchSpace.Expand(c, config.Training.Seed)).ToList();
        var total = specs.Count * config.Training.Folds;
        var done = 0;
        var pace = new TrainingPace(options.Clock, total);
        var results = new ConcurrentDictionary<int, CandidateResult>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism ?? Environment.ProcessorCount };
        Parallel.For(0, specs.Count, parallel, i =>
        {
            var spec = specs[i];
            results[i] = validator.Evaluate(spec, fold =>
            {
                Interlocked.Increment(ref done);
                var figures = pace.Complete(validator.TrainingRowCount(fold));
                progress?.Report(new TrainingProgress("cv", spec.Id, fold, figures.Done, total, $"fold {fold + 1}/{config.Training.Folds}")
                { RowsPerSecond = figures.RowsPerSecond, Remaining = figures.Remaining });
            });
            var metric = config.Training.PrimaryMetric;
            progress?.Report(new TrainingProgress("candidate", spec.Id, null, done, total,
                $"{metric} {results[i].Mean[metric]:F4} ± {results[i].StandardDeviation[metric]:F4}"));
        });
        return [.. results.OrderBy(pair => pair.Key).Select(pair => pair.Value)];
    }

    // Best mean of the primary metric; ties keep the earlier candidate in config order, so selection is stable.
    private CandidateResult Select(List<CandidateResult> results)
    {
        var metric = config.Training.PrimaryMetric;
        var sign = MetricCatalog.HigherIsBetter(metric) ? 1 : -1;
        var best = results[0];
        foreach (var result in results.Skip(1))
        {
            if (sign * result.Mean[metric] > sign * best.Mean[metric])
            {
                best = result;
            }
        }
        return best;
    }
}
