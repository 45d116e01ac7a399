using System.Globalization;

namespace CiCd.Monitoring.Profiles;

/// <summary>The category label of a numeric value when a low-cardinality numeric column is compared as categories.</summary>
public static class NumericLabel
{
    /// <summary>Round-trip, culture-invariant text, so the same value always gets the same label.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Counts the distinct values of a sorted sample under their labels.</summary>
    public static Dictionary<string, long> CountSorted(ReadOnlySpan<double> sorted)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var start = 0;
        for (var i = 1; i <= sorted.Length; i++)
        {
            if (i == sorted.Length || sorted[i] != sorted[start])
            {
                var label = Format(sorted[start]);
                counts[label] = counts.GetValueOrDefault(label) + (i - start);
                start = i;
            }
        }
        return counts;
    }
}
