using CiCd.Configuration;
using CiCd.Data;
using CiCd.Metrics;
using CiCd.Metrics.Regression;

namespace CiCd.Gate.Paired;

/// <summary>
/// A scored model's metrics on chosen rows of the shared test rows (all of them, or a bootstrap resample): a classifier's
/// from its probabilities and threshold against the labels, a regression model's from its predicted values against the
/// targets.
/// </summary>
internal sealed class TestRowMetrics(TaskKind task, IReadOnlyList<string> classes, CostModel costs, Dataset test)
{
    /// <summary>The metrics of <paramref name="model"/> on the test rows at <paramref name="rows"/> (repeats allowed).</summary>
    public IReadOnlyDictionary<string, double> Of(ScoredModel model, int[] rows) => task == TaskKind.Regression
        ? RegressionEvaluator.Metrics([.. rows.Select(i => test.Targets![i])], [.. rows.Select(i => model.Probabilities[i][0])])
        : Evaluator.Evaluate(task, classes, [.. rows.Select(i => test.Labels[i])], [.. rows.Select(i => model.Probabilities[i])], costs, model.Threshold).Metrics;
}
