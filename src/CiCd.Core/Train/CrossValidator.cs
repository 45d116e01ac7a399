using System.Diagnostics;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Metrics;
using CiCd.Train.Shards;
using CiCd.Train.Trainers;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CiCd.Train;

/// <summary>
/// Cross-validates one candidate on fixed stratified folds. Each fold gets its own seeded MLContext, so a
/// fold's result does not depend on which thread, process or machine ran it, or in what order.
/// </summary>
public sealed class CrossValidator(Dataset data, int[] folds, int foldCount, int seed, CostModel costs)
{
    /// <summary>Fits featurizer and trainer on all folds but one, scores the one left out, for every fold.</summary>
    public CandidateResult Evaluate(CandidateSpec spec, Action<int>? foldDone = null) =>
        Combine(spec, Enumerable.Range(0, foldCount).Select(fold =>
        {
            var unit = EvaluateFold(spec, fold);
            foldDone?.Invoke(fold);
            return unit;
        }).ToList());

    /// <summary>One work unit: fits on every fold but <paramref name="fold"/> and scores that fold.</summary>
    public UnitResult EvaluateFold(CandidateSpec spec, int fold)
    {
        var clock = Stopwatch.StartNew();
        // The fold's rows are read through views of the training split, not copied: at a million rows a copy of the
        // columns cost about 110 MB per fold, with two folds in flight at a time.
        var trainRows = Rows(fold, inFold: false);
        var validRows = ValidationRows(fold);
        var trainer = TrainerCatalog.Find(data.Config.Task, spec.Trainer)!.ForFold(Cells(trainRows.Length, data.Config));
        var model = Fit(trainer, spec, data.Config, TableDataView.Of(data, trainRows));
        var probabilities = ModelScorer.Probabilities(model, data, validRows);
        var evaluation = data.Targets is { } targets
            ? Metrics.Regression.RegressionEvaluator.Evaluate(Array.ConvertAll(validRows, r => targets[r]), probabilities)
            : Evaluator.Evaluate(data.Config.Task, data.Config.Classes, Array.ConvertAll(validRows, r => data.Labels[r]), probabilities, costs, costs.BayesThreshold());
        return new UnitResult(spec.Id, fold, evaluation.Metrics, probabilities, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// A candidate's result from its <paramref name="units"/>, one per fold in any order: per-fold metrics, their
    /// mean and spread, and the out-of-fold probabilities of every row.
    /// </summary>
    public CandidateResult Combine(CandidateSpec spec, IReadOnlyList<UnitResult> units)
    {
        var ordered = units.OrderBy(u => u.Fold).ToList();
        var outOfFold = new double[data.RowCount][];
        foreach (var unit in ordered)
        {
            var validRows = ValidationRows(unit.Fold);
            for (var i = 0; i < validRows.Length; i++)
            {
                outOfFold[validRows[i]] = unit.Probabilities[i];
            }
        }
        var scores = ordered.Select(u => new FoldScore(u.Fold, u.Metrics)).ToList();
        var names = scores[0].Metrics.Keys.ToList();
        var mean = names.ToDictionary(n => n, n => scores.Average(s => s.Metrics[n]), StringComparer.Ordinal);
        var std = names.ToDictionary(n => n, n => StandardDeviation(scores.Select(s => s.Metrics[n]).ToList()), StringComparer.Ordinal);
        return new CandidateResult(spec, scores, mean, std, outOfFold, ordered.Sum(u => u.Seconds));
    }

    /// <summary>How many rows fold <paramref name="fold"/> validates on (what a unit's probabilities must number).</summary>
    public int FoldSize(int fold) => folds.Count(f => f == fold);

    /// <summary>How many rows a fold trains on (all but the ones it leaves out), for the run's rows per second.</summary>
    public int TrainingRowCount(int fold) => folds.Count(f => f != fold);

    /// <summary>Fits featurizer and trainer on <paramref name="train"/> with a fresh context seeded from the run seed.</summary>
    public ITransformer Fit(TrainerDefinition trainer, CandidateSpec spec, Dataset train) => Fit(trainer, spec, train.Config, TableDataView.Of(train));

    private TransformerChain<ITransformer> Fit(TrainerDefinition trainer, CandidateSpec spec, DatasetConfig config, TableDataView train)
    {
        var ml = new MLContext(seed);
        LightGbmMemory.ReleaseBeforeBoosting(ml, Cells(train.GetRowCount() ?? 0, config));
        var estimator = trainer.Create(ml, spec.Parameters);
        var featurizer = Featurizer.Create(ml, config.Features);
        // A trainer that passes over the data many times (SDCA, L-BFGS) would run the featurizer on every row again
        // on each pass: ML.NET's trainers say whether they want the featurized rows kept in memory instead. The rows,
        // their order and so the model are the same either way.
        if (WantsCaching(estimator))
        {
            featurizer = featurizer.AppendCacheCheckpoint(ml);
        }
        return featurizer.Append(estimator).Fit(train);
    }

    // A table's size as LightGBM's memory and threads are chosen by: rows × feature columns.
    private static long Cells(long rows, DatasetConfig config) => rows * config.Features.Count();

    private static bool WantsCaching(IEstimator<ITransformer> estimator) =>
        estimator is ITrainerEstimator<ISingleFeaturePredictionTransformer<object>, object> { Info.WantCaching: true };

    private int[] ValidationRows(int fold) => Rows(fold, inFold: true);

    // Sized once: the rows of the split that are (or are not) in the fold, in row order.
    private int[] Rows(int fold, bool inFold)
    {
        var count = 0;
        for (var i = 0; i < data.RowCount; i++)
        {
            count += (folds[i] == fold) == inFold ? 1 : 0;
        }
        var rows = new int[count];
        for (int i = 0, next = 0; next < count; i++)
        {
            if ((folds[i] == fold) == inFold)
            {
                rows[next++] = i;
            }
        }
        return rows;
    }

    // Sample standard deviation (n − 1): the spread one would expect of another fold.
    private static double StandardDeviation(List<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
