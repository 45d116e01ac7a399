using MathNet.Numerics;

namespace CiCd.Monitoring.Statistics;

/// <summary>
/// Pooled two-proportion z-test for a two-category column: is the share of the first category the
/// same in reference and current? z = (p_r - p_c) / √(p(1-p)(1/n_r + 1/n_c)) with the pooled p.
/// </summary>
public static class TwoProportionZTest
{
    /// <summary>Tests how often the first category occurs in each sample.</summary>
    public static ZTestResult Test(long referenceHits, long referenceTotal, long currentHits, long currentTotal)
    {
        if (referenceTotal <= 0 || currentTotal <= 0)
        {
            throw new ArgumentException("the z-test needs a non-empty sample on both sides");
        }
        if (referenceHits < 0 || referenceHits > referenceTotal || currentHits < 0 || currentHits > currentTotal)
        {
            throw new ArgumentException("category counts must lie between 0 and the sample size");
        }
        var pr = referenceHits / (double)referenceTotal;
        var pc = currentHits / (double)currentTotal;
        var pooled = (referenceHits + currentHits) / (double)(referenceTotal + currentTotal);
        var variance = pooled * (1 - pooled) * ((1.0 / referenceTotal) + (1.0 / currentTotal));
        if (variance == 0)
        {
            return new ZTestResult(0, 1, pr - pc); // both samples hold one category only
        }
        var z = (pr - pc) / Math.Sqrt(variance);
        // Two-sided normal tail through erfc keeps precision for tiny p-values.
        var p = SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));
        return new ZTestResult(z, p, pr - pc);
    }
}
