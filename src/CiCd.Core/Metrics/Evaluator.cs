using CiCd.Configuration;

namespace CiCd.Metrics;

/// <summary>
/// Computes the metrics of a task from class probabilities (one row per example, one column per declared
/// class). Binary decisions use <c>threshold</c> on the positive class; multiclass ones take the most
/// probable class.
/// </summary>
public static class Evaluator
{
    private const double ProbabilityFloor = 1e-15;

    /// <summary>Evaluates <paramref name="probabilities"/> against <paramref name="labels"/>.</summary>
    public static Evaluation Evaluate(TaskKind task, IReadOnlyList<string> classes, int[] labels, double[][] probabilities, CostModel costs, double threshold)
    {
        var predicted = Predict(task, probabilities, threshold);
        var confusion = ConfusionMatrix.From(classes, labels, predicted);
        var perClass = Enumerable.Range(0, classes.Count).Select(confusion.Scores).ToList();
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [MetricNames.Accuracy] = confusion.Accuracy ?? double.NaN,
            [MetricNames.LogLoss] = LogLoss(labels, probabilities),
            [MetricNames.ExpectedCost] = Enumerable.Range(0, labels.Length).Average(i => costs.Cost(labels[i], predicted[i])),
        };
        IReadOnlyList<CurvePoint> roc = [];
        if (task == TaskKind.Binary)
        {
            var positive = probabilities.Select(p => p[1]).ToArray();
            metrics[MetricNames.RocAuc] = Ranking.RocAuc(labels, positive);
            metrics[MetricNames.PrAuc] = Ranking.AveragePrecision(labels, positive);
            metrics[MetricNames.Precision] = perClass[1].Precision;
            metrics[MetricNames.Recall] = perClass[1].Recall;
            metrics[MetricNames.F1] = perClass[1].F1;
            roc = Ranking.RocCurve(labels, positive);
        }
        else
        {
            metrics[MetricNames.MacroF1] = perClass.Average(s => s.F1);
        }
        return new Evaluation(metrics, perClass, confusion, roc, threshold);
    }

    /// <summary>The decided class of each row.</summary>
    public static int[] Predict(TaskKind task, double[][] probabilities, double threshold) =>
        probabilities.Select(p => Decide(task, p, threshold)).ToArray();

    /// <summary>The decided class of one row: binary at or above the threshold on the positive class, multiclass the most probable.</summary>
    public static int Decide(TaskKind task, double[] probabilities, double threshold) =>
        task == TaskKind.Binary
            ? probabilities[1] >= threshold ? 1 : 0
            : ArgMax(probabilities);

    /// <summary>Mean negative natural log of the probability given to the true class (floored at 1e-15).</summary>
    public static double LogLoss(int[] labels, double[][] probabilities) =>
        Enumerable.Range(0, labels.Length).Average(i => -Math.Log(Math.Max(probabilities[i][labels[i]], ProbabilityFloor)));

    private static int ArgMax(double[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }
        return best;
    }
}
