namespace CiCd.Metrics;

/// <summary>Chooses the binary decision threshold that minimizes the mean cost on out-of-fold predictions.</summary>
public static class ThresholdChooser
{
    /// <summary>
    /// Tries every distinct predicted probability as a threshold (plus 1.0, "refuse nobody") and keeps the
    /// cheapest; ties go to the threshold nearest the Bayes threshold, so the choice is stable.
    /// </summary>
    public static double Choose(int[] labels, double[] positiveProbabilities, CostModel costs)
    {
        var bayes = costs.BayesThreshold();
        var candidates = positiveProbabilities.Distinct().Append(1.0 + 1e-9).Order().ToArray();
        var best = bayes;
        var bestCost = MeanCost(labels, positiveProbabilities, costs, bayes);
        foreach (var threshold in candidates)
        {
            var cost = MeanCost(labels, positiveProbabilities, costs, threshold);
            if (cost < bestCost - 1e-12 || (Math.Abs(cost - bestCost) <= 1e-12 && Math.Abs(threshold - bayes) < Math.Abs(best - bayes)))
            {
                best = threshold;
                bestCost = cost;
            }
        }
        return best;
    }

    private static double MeanCost(int[] labels, double[] probabilities, CostModel costs, double threshold)
    {
        double total = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            total += costs.Cost(labels[i], probabilities[i] >= threshold ? 1 : 0);
        }
        return total / labels.Length;
    }
}
