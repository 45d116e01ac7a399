using MathNet.Numerics;

namespace CiCd.Monitoring.Statistics;

/// <summary>
/// Chi-square goodness of fit of current category counts against reference proportions
/// (scipy.stats.chisquare with f_exp = reference share × current total).
/// A category seen only in the current data would have an expected count of 0 and an infinite
/// statistic; then every category's reference count gets <see cref="UnseenSmoothing"/> added
/// (additive smoothing), the expected counts are built from those, and the result says so.
/// </summary>
public static class ChiSquareTest
{
    /// <summary>The pseudo-count added to every reference category when an unseen category is present.</summary>
    public const double UnseenSmoothing = 0.5;

    /// <summary>Tests counts aligned on the same categories (the union of both sides).</summary>
    public static ChiSquareResult Test(ReadOnlySpan<long> referenceCounts, ReadOnlySpan<long> currentCounts)
    {
        Distribution.RequireSameLength(referenceCounts, currentCounts);
        long referenceTotal = 0, currentTotal = 0;
        var unseen = 0;
        for (var i = 0; i < referenceCounts.Length; i++)
        {
            referenceTotal += referenceCounts[i];
            currentTotal += currentCounts[i];
            if (referenceCounts[i] == 0 && currentCounts[i] > 0)
            {
                unseen++;
            }
        }
        if (referenceTotal == 0 || currentTotal == 0)
        {
            throw new ArgumentException("the chi-square test needs counts on both sides");
        }
        var categories = referenceCounts.Length;
        var smoothing = unseen > 0 ? UnseenSmoothing : 0.0;
        var denominator = referenceTotal + (smoothing * categories);
        var statistic = 0.0;
        for (var i = 0; i < categories; i++)
        {
            var expected = currentTotal * (referenceCounts[i] + smoothing) / denominator;
            if (expected == 0)
            {
                continue; // seen on neither side in a shared category list: contributes nothing
            }
            var gap = currentCounts[i] - expected;
            statistic += gap * gap / expected;
        }
        var freedom = categories - 1;
        var p = freedom == 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(freedom / 2.0, statistic / 2.0);
        return new ChiSquareResult(statistic, p, freedom, unseen, unseen > 0)
        {
            EffectSize = Math.Sqrt(statistic / currentTotal),
        };
    }
}
