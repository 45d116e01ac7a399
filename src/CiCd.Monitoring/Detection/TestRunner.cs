using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;
using CiCd.Monitoring.Statistics;

namespace CiCd.Monitoring.Detection;

/// <summary>Runs the selected test on a column's reference profile and current values.</summary>
internal static class TestRunner
{
    public static TestOutcome Run(DriftTest test, ColumnProfile reference, SortedSample? current, CategoryCounts counts) => test switch
    {
        DriftTest.KolmogorovSmirnov => Ks(reference, Numeric(current, test)),
        DriftTest.Wasserstein => new TestOutcome(
            Statistics.Wasserstein.Normalized(reference.Sample, Numeric(current, test).Values, reference.Std ?? 0), null, null),
        DriftTest.ChiSquare => ChiSquare(counts),
        DriftTest.ZTest => ZTest(counts),
        DriftTest.JensenShannon => new TestOutcome(Statistics.JensenShannon.Distance(counts.Reference, counts.Current), null, null),
        DriftTest.Psi => new TestOutcome(PopulationStabilityIndex.Compute(counts.Reference, counts.Current), null, null),
        _ => throw new ArgumentOutOfRangeException(nameof(test), test, null),
    };

    private static TestOutcome Ks(ColumnProfile reference, SortedSample current)
    {
        var result = KolmogorovSmirnov.Test(SortedSample.FromSorted(reference.Sample), current);
        return new TestOutcome(result.Statistic, result.PValue, result.Statistic);
    }

    private static TestOutcome ChiSquare(CategoryCounts counts)
    {
        var result = ChiSquareTest.Test(counts.Reference, counts.Current);
        return new TestOutcome(result.Statistic, result.PValue, result.EffectSize);
    }

    private static TestOutcome ZTest(CategoryCounts counts)
    {
        var result = TwoProportionZTest.Test(counts.Reference[0], counts.Reference.Sum(), counts.Current[0], counts.Current.Sum());
        return new TestOutcome(result.Z, result.PValue, Math.Abs(result.ProportionDifference));
    }

    private static SortedSample Numeric(SortedSample? current, DriftTest test) =>
        current ?? throw new InvalidOperationException($"{test.ConfigName()} needs numeric current values");
}
