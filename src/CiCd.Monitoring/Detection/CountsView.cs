using System.Globalization;
using CiCd.Monitoring.Profiles;
using CiCd.Monitoring.Statistics;

namespace CiCd.Monitoring.Detection;

/// <summary>
/// Reference and current counts on shared cells: the reference-quantile bins of a continuous
/// column, or the categories (for a numeric column with few values, its distinct values).
/// PSI, Jensen-Shannon, chi-square, the z-test and the report's histogram all read this.
/// </summary>
internal static class CountsView
{
    // A few-valued reference column whose current values are suddenly continuous (a unit or type
    // change upstream) would otherwise become a million one-value "categories"; past this many
    // distinct current values the reference bins are used instead.
    private const int MaxCurrentValues = 1000;

    public static CategoryCounts ForNumeric(ColumnProfile reference, SortedSample current, bool continuous)
    {
        if (!continuous && reference.Categories.Count > 0 && current.DistinctCount() <= MaxCurrentValues)
        {
            return CategoryCounts.Align(reference.Categories, NumericLabel.CountSorted(current.Values));
        }
        var bins = new QuantileBins(reference.BinEdges);
        return new CategoryCounts(BinLabels(reference.BinEdges), reference.BinCounts, bins.CountSorted(current));
    }

    public static CategoryCounts ForCategorical(ColumnProfile reference, string?[] current) =>
        CategoryCounts.Align(reference.Categories, CategoryCounts.Count(current));

    public static Histogram ToHistogram(CategoryCounts counts)
    {
        var (reference, current) = Distribution.Pair(counts.Reference, counts.Current);
        return new Histogram(counts.Categories, reference, current);
    }

    private static string[] BinLabels(double[] edges)
    {
        var labels = new string[edges.Length + 1];
        for (var i = 0; i < labels.Length; i++)
        {
            var low = i == 0 ? "-inf" : Format(edges[i - 1]);
            var high = i == edges.Length ? "inf)" : Format(edges[i]) + "]";
            labels[i] = $"({low}, {high}";
        }
        return labels;
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
