using CiCd.Metrics;

namespace CiCd.Monitoring.Performance;

/// <summary>Scores labelled rows with the training metrics and holds them to the gate thresholds.</summary>
public sealed class PerformanceEvaluator(PerformanceSpec spec)
{
    /// <summary>Evaluates rows given as (true class index, class probabilities).</summary>
    public WindowPerformance Evaluate(IReadOnlyList<(int Label, double[] Probabilities)> rows)
    {
        if (rows.Count < spec.MinLabelledRows)
        {
            return NotScored(rows.Count, $"{rows.Count} labelled rows, fewer than the {spec.MinLabelledRows} needed");
        }
        var labels = rows.Select(r => r.Label).ToArray();
        if (labels.Distinct().Count() < 2)
        {
            return NotScored(rows.Count, "the labelled rows hold a single class, so ranking metrics are undefined");
        }
        var classes = spec.Prediction.Classes;
        var evaluation = Evaluator.Evaluate(spec.Prediction.Task, classes, labels, [.. rows.Select(r => r.Probabilities)], spec.Costs, spec.Prediction.Threshold);
        var checks = spec.Gates.Select(g =>
        {
            double? value = evaluation.Metrics.TryGetValue(g.Metric, out var v) ? v : null;
            var passed = value is { } x && (g.Min is null || x >= g.Min) && (g.Max is null || x <= g.Max);
            return new MetricCheck(g.Metric, value, g.Min, g.Max, passed);
        }).ToList();
        return new WindowPerformance(rows.Count, evaluation.Metrics, checks, true, null);
    }

    private WindowPerformance NotScored(int count, string note) =>
        new(count, new Dictionary<string, double>(), [.. spec.Gates.Select(g => new MetricCheck(g.Metric, null, g.Min, g.Max, false))], false, note);
}
