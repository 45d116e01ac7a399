namespace CiCd.Monitoring.Statistics;

/// <summary>A chi-square goodness-of-fit result; <see cref="Smoothed"/> says the expected counts were smoothed because the current data holds categories the reference never saw.</summary>
public sealed record ChiSquareResult(double Statistic, double PValue, int DegreesOfFreedom, int UnseenCategories, bool Smoothed)
{
    /// <summary>Cohen's w = √(χ²/n): the effect size, independent of the sample size.</summary>
    public double EffectSize { get; init; }
}
