using CiCd.Formats;
using CiCd.Metrics;
using CiCd.Metrics.Regression;

namespace CiCd.Monitoring.Performance;

/// <summary>
/// Scores labelled rows with the training metrics (a classifier's also with calibration) and holds them to the gate
/// thresholds, inclusive bounds as in the gate.
/// </summary>
public sealed class PerformanceEvaluator(PerformanceSpec spec)
{
    /// <summary>
    /// Evaluates rows given as (outcome, outputs): for a classifier the true class index and the class probabilities,
    /// for a regression the observed number and a one-element array holding the predicted one.
    /// </summary>
    public WindowPerformance Evaluate(IReadOnlyList<(double Label, double[] Outputs)> rows)
    {
        if (rows.Count < spec.MinLabelledRows)
        {
            return NotScored(rows.Count, $"{Counted.Of(rows.Count, "labelled row")}, fewer than the {spec.MinLabelledRows} needed");
        }
        if (spec.Prediction.IsRegression)
        {
            var metrics = RegressionEvaluator.Metrics([.. rows.Select(r => r.Label)], [.. rows.Select(r => r.Outputs[0])]);
            return Scored(rows.Count, metrics, null);
        }
        var labels = rows.Select(r => (int)r.Label).ToArray();
        if (labels.Distinct().Count() < 2)
        {
            return NotScored(rows.Count, "the labelled rows hold a single class, so ranking metrics are undefined");
        }
        var probabilities = rows.Select(r => r.Outputs).ToArray();
        var evaluation = Evaluator.Evaluate(spec.Prediction.Task, spec.Prediction.Classes, labels, probabilities, spec.Costs, spec.Prediction.Threshold);
        var calibration = Calibration.Measure(spec.Prediction.Task, labels, probabilities);
        var all = new Dictionary<string, double>(evaluation.Metrics, StringComparer.Ordinal)
        {
            [MetricNames.Brier] = calibration.Brier,
            [MetricNames.Ece] = calibration.Ece,
        };
        return Scored(rows.Count, all, calibration);
    }

    private WindowPerformance Scored(int count, Dictionary<string, double> metrics, Calibration? calibration)
    {
        var checks = spec.Gates.Select(g =>
        {
            double? value = metrics.TryGetValue(g.Metric, out var v) ? v : null;
            var passed = value is { } x && (g.Min is null || x >= g.Min) && (g.Max is null || x <= g.Max);
            return new MetricCheck(g.Metric, value, g.Min, g.Max, passed);
        }).ToList();
        return new WindowPerformance(count, metrics, checks, true, null) { Calibration = calibration };
    }

    private WindowPerformance NotScored(int count, string note) =>
        new(count, new Dictionary<string, double>(), [.. spec.Gates.Select(g => new MetricCheck(g.Metric, null, g.Min, g.Max, false))], false, note);
}
