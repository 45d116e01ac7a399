using CiCd.Configuration;

namespace CiCd.Metrics;

/// <summary>
/// Misclassification costs indexed [actual, predicted] over the declared classes. Without a configured
/// matrix every error costs 1, so the expected cost is the error rate.
/// </summary>
public sealed class CostModel
{
    private readonly double[,] _costs;

    private CostModel(double[,] costs) => _costs = costs;

    /// <summary>Number of classes.</summary>
    public int Classes => _costs.GetLength(0);

    /// <summary>The cost of predicting <paramref name="predicted"/> when the truth is <paramref name="actual"/>.</summary>
    public double Cost(int actual, int predicted) => _costs[actual, predicted];

    /// <summary>Builds the model from the config's entries; unlisted errors cost 1 only when no entry is given at all.</summary>
    public static CostModel From(IReadOnlyList<string> classes, IReadOnlyList<CostEntry> entries)
    {
        var costs = new double[classes.Count, classes.Count];
        for (var a = 0; a < classes.Count; a++)
        {
            for (var p = 0; p < classes.Count; p++)
            {
                costs[a, p] = entries.Count == 0 && a != p ? 1 : 0;
            }
        }
        foreach (var entry in entries)
        {
            costs[IndexOf(classes, entry.Actual), IndexOf(classes, entry.Predicted)] = entry.Cost;
        }
        return new CostModel(costs);
    }

    /// <summary>
    /// For two classes, the probability of the positive class above which predicting positive costs less in
    /// expectation (the Bayes threshold, exact for calibrated probabilities).
    /// </summary>
    public double BayesThreshold()
    {
        var falsePositive = _costs[0, 1] - _costs[0, 0];
        var falseNegative = _costs[1, 0] - _costs[1, 1];
        return falsePositive + falseNegative <= 0 ? 0.5 : falsePositive / (falsePositive + falseNegative);
    }

    private static int IndexOf(IReadOnlyList<string> classes, string name)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (classes[i] == name)
            {
                return i;
            }
        }
        throw new ArgumentException($"class '{name}' is not declared", nameof(name));
    }
}
