using CiCd.Errors;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Policy;

/// <summary>
/// Picks each column's test as DESIGN.md "Drift defaults" says: a reference of at most 1000 rows
/// gets KS (numeric, more than 5 distinct values), else chi-square (more than 2 categories) or the
/// z-test (2 categories), at p &lt; 0.05; a larger reference gets Wasserstein over std (numeric,
/// more than 5 distinct values), else Jensen-Shannon, at ≥ 0.1. A column override wins.
/// </summary>
public sealed class TestSelector(DriftPolicy policy)
{
    /// <summary>True when a numeric column is compared as continuous values rather than as categories.</summary>
    public bool IsContinuous(ColumnProfile reference) =>
        reference.Kind == ColumnKind.Numeric && reference.DistinctCount > policy.MaxCategoricalDistinct;

    /// <summary>
    /// Selects the test for one column; <paramref name="categories"/> is the number of categories
    /// in reference ∪ current (so a new category turns a z-test into chi-square).
    /// </summary>
    public SelectedTest Select(ColumnProfile reference, int categories)
    {
        var chosen = policy.Columns.GetValueOrDefault(reference.Name);
        var test = chosen?.Test ?? Default(reference, categories);
        if (test.NeedsNumericValues() && reference.Kind != ColumnKind.Numeric)
        {
            throw new InputException($"drift.columns.{reference.Name}.test: '{test.ConfigName()}' compares numbers, but '{reference.Name}' is categorical");
        }
        if (test == DriftTest.ZTest && categories != 2)
        {
            throw new InputException($"drift.columns.{reference.Name}.test: the z-test needs exactly 2 categories, but '{reference.Name}' has {categories}; use chisquare");
        }
        var threshold = chosen?.Threshold ?? (test.IsHypothesisTest() ? policy.PValueThreshold : policy.DistanceThreshold);
        return new SelectedTest(test, threshold, chosen?.Test is null);
    }

    private DriftTest Default(ColumnProfile reference, int categories)
    {
        var small = reference.Count <= policy.SmallReferenceRows;
        if (IsContinuous(reference))
        {
            return small ? DriftTest.KolmogorovSmirnov : DriftTest.Wasserstein;
        }
        if (!small)
        {
            return DriftTest.JensenShannon;
        }
        return categories == 2 ? DriftTest.ZTest : DriftTest.ChiSquare;
    }
}
