using CiCd.Metrics.Regression;

namespace CiCd.Train.Regression;

/// <summary>Builds a <see cref="TargetSummary"/> (a kernel record, so readers of the card need no ML.NET) from the target values.</summary>
public static class TargetSummaries
{
    /// <summary>The summary of <paramref name="targets"/> (at least one value).</summary>
    public static TargetSummary Of(IReadOnlyList<double> targets)
    {
        var sorted = targets.Order().ToArray();
        var mean = sorted.Average();
        var sd = sorted.Length < 2 ? 0 : Math.Sqrt(sorted.Sum(y => (y - mean) * (y - mean)) / (sorted.Length - 1));
        double Q(double q) => RegressionEvaluator.Quantile(sorted, q);
        return new TargetSummary(sorted.Length, mean, sd, sorted[0], Q(0.05), Q(0.25), Q(0.5), Q(0.75), Q(0.95), sorted[^1],
            (double)sorted.Count(y => y == 0) / sorted.Length);
    }
}
