namespace CiCd.Monitoring.Statistics;

/// <summary>
/// The non-missing values of a numeric column, sorted ascending: the form every numeric statistic
/// works on. NaN marks a missing value; ±infinity is treated as missing too, because no distance
/// or bin is meaningful for it and it would turn a Wasserstein distance into NaN.
/// </summary>
public sealed class SortedSample
{
    private SortedSample(double[] values) => Values = values;

    /// <summary>The sorted values, non-finite ones removed.</summary>
    public double[] Values { get; }

    /// <summary>How many values.</summary>
    public int Count => Values.Length;

    /// <summary>Copies the finite values of <paramref name="column"/> once and sorts them.</summary>
    public static SortedSample FromColumn(ReadOnlySpan<double> column)
    {
        var present = 0;
        foreach (var value in column)
        {
            if (double.IsFinite(value))
            {
                present++;
            }
        }
        var values = new double[present];
        var next = 0;
        foreach (var value in column)
        {
            if (double.IsFinite(value))
            {
                values[next++] = value;
            }
        }
        RadixSort.Sort(values);
        return new SortedSample(values);
    }

    /// <summary>
    /// Takes ownership of <paramref name="column"/> and sorts it in place, saving a copy when the
    /// caller no longer needs the original order (a column just read from disk). Only when values
    /// are missing is a compacted copy made.
    /// </summary>
    public static SortedSample Adopt(double[] column)
    {
        var present = 0;
        for (var i = 0; i < column.Length; i++)
        {
            if (double.IsFinite(column[i]))
            {
                column[present++] = column[i];
            }
        }
        var values = present == column.Length ? column : column[..present];
        RadixSort.Sort(values);
        return new SortedSample(values);
    }

    /// <summary>Wraps values the caller guarantees are sorted and NaN-free (a stored profile sample).</summary>
    public static SortedSample FromSorted(double[] sorted)
    {
        for (var i = 1; i < sorted.Length; i++)
        {
            if (!(sorted[i - 1] <= sorted[i]))
            {
                throw new ArgumentException($"values are not sorted at index {i}", nameof(sorted));
            }
        }
        return new SortedSample(sorted);
    }

    /// <summary>How many values are less than or equal to <paramref name="x"/> (binary search).</summary>
    public int CountAtMost(double x)
    {
        int lo = 0, hi = Values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Values[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>How many distinct values.</summary>
    public int DistinctCount()
    {
        if (Values.Length == 0)
        {
            return 0;
        }
        var distinct = 1;
        for (var i = 1; i < Values.Length; i++)
        {
            if (Values[i] != Values[i - 1])
            {
                distinct++;
            }
        }
        return distinct;
    }
}
