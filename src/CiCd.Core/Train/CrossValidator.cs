using System.Diagnostics;
using CiCd.Data;
using CiCd.Metrics;
using CiCd.Train.Trainers;
using Microsoft.ML;

namespace CiCd.Train;

/// <summary>
/// Cross-validates one candidate on fixed stratified folds. Each fold gets its own seeded MLContext, so a
/// candidate's result does not depend on which thread ran it or in what order.
/// </summary>
public sealed class CrossValidator(Dataset data, int[] folds, int foldCount, int seed, CostModel costs)
{
    /// <summary>Fits featurizer and trainer on all folds but one, scores the one left out, for every fold.</summary>
    public CandidateResult Evaluate(CandidateSpec spec, Action<int>? foldDone = null)
    {
        var clock = Stopwatch.StartNew();
        var task = data.Config.Task;
        var trainer = TrainerCatalog.Find(task, spec.Trainer)!;
        var outOfFold = new double[data.RowCount][];
        var scores = new List<FoldScore>();
        for (var fold = 0; fold < foldCount; fold++)
        {
            var trainRows = Enumerable.Range(0, data.RowCount).Where(i => folds[i] != fold).ToArray();
            var validRows = Enumerable.Range(0, data.RowCount).Where(i => folds[i] == fold).ToArray();
            var model = Fit(trainer, spec, data.Select(trainRows));
            var valid = data.Select(validRows);
            var probabilities = ModelScorer.Probabilities(model, valid);
            for (var i = 0; i < validRows.Length; i++)
            {
                outOfFold[validRows[i]] = probabilities[i];
            }
            var evaluation = valid.Targets is { } targets
                ? Metrics.Regression.RegressionEvaluator.Evaluate(targets, probabilities)
                : Evaluator.Evaluate(task, data.Config.Classes, valid.Labels, probabilities, costs, costs.BayesThreshold());
            scores.Add(new FoldScore(fold, evaluation.Metrics));
            foldDone?.Invoke(fold);
        }
        var names = scores[0].Metrics.Keys.ToList();
        var mean = names.ToDictionary(n => n, n => scores.Average(s => s.Metrics[n]), StringComparer.Ordinal);
        var std = names.ToDictionary(n => n, n => StandardDeviation(scores.Select(s => s.Metrics[n]).ToList()), StringComparer.Ordinal);
        return new CandidateResult(spec, scores, mean, std, outOfFold, clock.Elapsed.TotalSeconds);
    }

    /// <summary>How many rows a fold trains on (all but the ones it leaves out), for the run's rows per second.</summary>
    public int TrainingRowCount(int fold) => folds.Count(f => f != fold);

    /// <summary>Fits featurizer and trainer on <paramref name="train"/> with a fresh context seeded from the run seed.</summary>
    public ITransformer Fit(TrainerDefinition trainer, CandidateSpec spec, Dataset train)
    {
        var ml = new MLContext(seed);
        var pipeline = Featurizer.Create(ml, train.Config.Features).Append(trainer.Create(ml, spec.Parameters));
        return pipeline.Fit(TableDataView.Of(train));
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
