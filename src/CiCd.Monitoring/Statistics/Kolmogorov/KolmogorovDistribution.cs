using MathNet.Numerics;

namespace CiCd.Monitoring.Statistics.Kolmogorov;

/// <summary>
/// The distribution of the one-sample two-sided statistic D_n (scipy's kstwo), computed the way
/// Simard and L'Ecuyer (2011) recommend: closed forms at the edges, the exact Durbin matrix where it
/// is cheap, the Pelz-Good expansion for large n, and twice the one-sided Smirnov tail far out.
/// MathNet.Numerics has no Kolmogorov distribution, so this one is written here.
/// </summary>
internal static class KolmogorovDistribution
{
    private const int SmallN = 140;
    private const int DurbinMaxN = 100_000;

    /// <summary>P(D_n ≥ x).</summary>
    public static double SurvivalFunction(int n, double x)
    {
        if (n <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "the sample size must be positive");
        }
        if (x >= 1.0)
        {
            return 0.0;
        }
        var t = n * x;
        if (t <= 0.5)
        {
            return 1.0;
        }
        if (t <= 1.0)
        {
            // Ruben and Gambino: P(D_n < x) = n!/n^n (2t - 1)^n for 1/(2n) < x ≤ 1/n.
            var logCdf = SpecialFunctions.GammaLn(n + 1.0) - n * Math.Log(n) + n * Math.Log(2 * t - 1);
            return Clamp(1.0 - Math.Exp(logCdf));
        }
        if (t >= n - 1)
        {
            return Clamp(2.0 * Math.Pow(1.0 - x, n));
        }
        if (x >= 0.5)
        {
            // The two one-sided tails cannot both be reached, so the union bound is exact.
            return Clamp(2.0 * SmirnovDistribution.SurvivalFunction(n, x));
        }
        var nxx = t * x;
        if (n <= SmallN)
        {
            return nxx <= 4.0
                ? Clamp(1.0 - DurbinMatrix.Cdf(n, x))
                : Clamp(2.0 * SmirnovDistribution.SurvivalFunction(n, x));
        }
        if (nxx >= 370.0)
        {
            return 0.0;
        }
        if (nxx >= 2.2)
        {
            return Clamp(2.0 * SmirnovDistribution.SurvivalFunction(n, x));
        }
        var cdf = n <= DurbinMaxN && n * Math.Pow(x, 1.5) <= 1.4
            ? DurbinMatrix.Cdf(n, x)
            : PelzGood.Cdf(n, x);
        return Clamp(1.0 - cdf);
    }

    private static double Clamp(double p) => Math.Clamp(p, 0.0, 1.0);
}
