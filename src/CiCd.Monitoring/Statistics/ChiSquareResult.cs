namespace CiCd.Monitoring.Statistics;

/// <summary>
/// A two-sample chi-square result; <see cref="UnseenCategories"/> counts categories the current data holds and the
/// reference never saw (they enter the test like any other category and are reported).
/// </summary>
public sealed record ChiSquareResult(double Statistic, double PValue, int DegreesOfFreedom, int UnseenCategories)
{
    /// <summary>Cohen's w of the difference, √(Σ (p_r − p_c)² / p̄) with p̄ the pooled proportions: independent of the sample sizes.</summary>
    public double EffectSize { get; init; }
}
