using CiCd.Train.Regression;

namespace CiCd.Init;

/// <summary>A regression target as <c>mlops init</c> sees it: its distribution and how skewed it is.</summary>
/// <param name="Summary">Count, mean, spread and quantiles.</param>
/// <param name="Skewness">The sample skewness (third standardised moment); 0 for a constant target.</param>
public sealed record NumericTarget(TargetSummary Summary, double Skewness)
{
    // Above this a few large values dominate the squared error; learning log(1 + y) evens them out.
    private const double SkewedAbove = 1.0;

    /// <summary>True when the target is non-negative and right-skewed enough that the model should learn log(1 + y).</summary>
    public bool WantsLog1p => Summary.Min >= 0 && Skewness > SkewedAbove;

    /// <summary>Reads the distribution of <paramref name="values"/>.</summary>
    public static NumericTarget Of(IReadOnlyList<double> values)
    {
        var summary = TargetSummaries.Of(values);
        var sd = Math.Sqrt(values.Sum(y => (y - summary.Mean) * (y - summary.Mean)) / values.Count);
        var skewness = sd == 0 ? 0 : values.Sum(y => Math.Pow((y - summary.Mean) / sd, 3)) / values.Count;
        return new NumericTarget(summary, skewness);
    }
}
