namespace CiCd.Monitoring.Statistics;

/// <summary>Counts of each category on both sides, aligned on the union of categories (ordinal order).</summary>
public sealed record CategoryCounts(string[] Categories, long[] Reference, long[] Current)
{
    /// <summary>Aligns two category→count maps; a category missing on one side counts 0 there.</summary>
    public static CategoryCounts Align(IReadOnlyDictionary<string, long> reference, IReadOnlyDictionary<string, long> current)
    {
        var categories = reference.Keys.Union(current.Keys).Order(StringComparer.Ordinal).ToArray();
        var referenceCounts = categories.Select(c => reference.GetValueOrDefault(c)).ToArray();
        var currentCounts = categories.Select(c => current.GetValueOrDefault(c)).ToArray();
        return new CategoryCounts(categories, referenceCounts, currentCounts);
    }

    /// <summary>Categories the current data holds and the reference never saw.</summary>
    public IEnumerable<string> Unseen() =>
        Categories.Where((_, i) => Reference[i] == 0 && Current[i] > 0);

    /// <summary>Counts the non-null values of a categorical column.</summary>
    public static Dictionary<string, long> Count(ReadOnlySpan<string?> column)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var value in column)
        {
            if (value is not null)
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }
        return counts;
    }
}
