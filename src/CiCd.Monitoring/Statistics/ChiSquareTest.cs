using MathNet.Numerics;

namespace CiCd.Monitoring.Statistics;

/// <summary>
/// Two-sample chi-square test of homogeneity: are the reference and current counts drawn from the same
/// category distribution? The 2×k table (reference row, current row) gets expected counts from its
/// pooled margins, categories empty on both sides are dropped, df = k − 1, no continuity correction
/// (scipy.stats.chi2_contingency(table, correction=False)). Unlike a goodness-of-fit test against the
/// reference proportions, it counts the reference's own sampling noise, so a small reference with rare
/// categories does not raise false alarms; and a category seen only in the current data has a positive
/// pooled expectation, so it needs no smoothing: it is simply counted and reported.
/// </summary>
public static class ChiSquareTest
{
    /// <summary>Tests counts aligned on the same categories (the union of both sides); the reference counts may come from a stored profile.</summary>
    public static ChiSquareResult Test(ReadOnlySpan<long> referenceCounts, ReadOnlySpan<long> currentCounts)
    {
        Distribution.RequireSameLength(referenceCounts, currentCounts);
        long referenceTotal = 0, currentTotal = 0;
        int unseen = 0, used = 0;
        for (var i = 0; i < referenceCounts.Length; i++)
        {
            if (referenceCounts[i] < 0 || currentCounts[i] < 0)
            {
                throw new ArgumentException($"category {i} has a negative count; counts must be ≥ 0");
            }
            referenceTotal += referenceCounts[i];
            currentTotal += currentCounts[i];
            unseen += referenceCounts[i] == 0 && currentCounts[i] > 0 ? 1 : 0;
            used += referenceCounts[i] + currentCounts[i] > 0 ? 1 : 0;
        }
        if (currentTotal == 0)
        {
            throw new ArgumentException("the chi-square test needs current values, but the current sample is empty (no non-missing value in any category)");
        }
        if (referenceTotal == 0)
        {
            throw new ArgumentException("the chi-square test needs reference values, but the reference counts are all 0");
        }
        double total = referenceTotal + currentTotal, statistic = 0;
        for (var i = 0; i < referenceCounts.Length; i++)
        {
            var column = referenceCounts[i] + currentCounts[i];
            if (column > 0)
            {
                statistic += Cell(referenceCounts[i], referenceTotal * (column / total)) + Cell(currentCounts[i], currentTotal * (column / total));
            }
        }
        var freedom = used - 1;
        return new ChiSquareResult(statistic, PValue(statistic, freedom), freedom, unseen)
        {
            // χ² = n_r·n_c/N · Σ (p_r − p_c)² / p̄, so this w depends on the proportions only, not on the sample
            // sizes; with an exact reference it is Cohen's w of the goodness-of-fit test.
            EffectSize = Math.Sqrt(statistic * total / ((double)referenceTotal * currentTotal)),
        };
    }

    /// <summary>
    /// The upper tail of the chi-square distribution with <paramref name="freedom"/> degrees of freedom. MathNet's
    /// ChiSquared offers only the CDF, and 1 − CDF loses every digit below 1e-16; its CDF is the regularized
    /// lower incomplete gamma P(df/2, x/2), so the tail is the upper one, Q(df/2, x/2), as scipy's chi2.sf.
    /// </summary>
    private static double PValue(double statistic, int freedom) =>
        freedom == 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(freedom / 2.0, statistic / 2.0);

    private static double Cell(long observed, double expected)
    {
        var gap = observed - expected;
        return gap * gap / expected;
    }
}
