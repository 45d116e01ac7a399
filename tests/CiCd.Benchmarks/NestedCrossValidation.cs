using System.Diagnostics;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Metrics;
using CiCd.Metrics.Regression;
using CiCd.Train;
using CiCd.Train.Trainers;

namespace CiCd.Benchmarks;

/// <summary>
/// Scores what `mlops train` would ship, without looking at the test fold: on each outer fold the config's own procedure
/// runs on the other folds only (its inner stratified k-fold CV of every candidate, selection by the primary metric,
/// refit on all of them), and the refitted model predicts the outer fold.
/// </summary>
internal static class NestedCrossValidation
{
    public static PipelineScore Run(MlopsConfig config, Dataset data, int[] outerFolds, int outerCount, int parallelism)
    {
        var training = config.Training;
        var specs = training.Candidates.SelectMany(c => SearchSpace.Expand(c, training.Seed)).ToList();
        var rmse = new List<double>();
        var r2 = new List<double>();
        var selected = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var fold = 0; fold < outerCount; fold++)
        {
            var train = data.Select(Rows(outerFolds, f => f != fold));
            var test = data.Select(Rows(outerFolds, f => f == fold));
            var inner = StratifiedSplit.Folds(train.Labels, training.Folds, training.Seed);
            var validator = new CrossValidator(train, inner, training.Folds, training.Seed, CostModel.From([], []));
            var results = specs.AsParallel().AsOrdered().WithDegreeOfParallelism(parallelism).Select(spec => validator.Evaluate(spec)).ToList();
            var best = CandidateSelection.Best(results, training.PrimaryMetric);
            var model = validator.Fit(TrainerCatalog.Find(data.Config.Task, best.Spec.Trainer)!, best.Spec, train);
            var evaluation = RegressionEvaluator.Evaluate(test.Targets!, ModelScorer.Probabilities(model, test));
            rmse.Add(evaluation.Metrics[MetricNames.Rmse]);
            r2.Add(evaluation.Metrics[MetricNames.R2]);
            selected.Add(best.Spec.Id);
        }
        return new PipelineScore(config.Dataset.Name, $"mlops ({specs.Count} candidates, inner {training.Folds}-fold CV, select by {training.PrimaryMetric})",
            rmse, r2, clock.Elapsed.TotalSeconds)
        { Selected = selected };
    }

    private static int[] Rows(int[] folds, Func<int, bool> keep) => Enumerable.Range(0, folds.Length).Where(i => keep(folds[i])).ToArray();
}
