namespace CiCd.Monitoring.Statistics;

/// <summary>
/// Bins cut at reference quantiles. Edges are the interior quantiles i/B (i = 1..B-1) with linear
/// interpolation as in numpy's default, duplicates dropped (so a column with heavy ties gets fewer
/// bins); bins are right-closed, (e[i-1], e[i]], and the outer bins are open to ±infinity so that
/// current values outside the reference range still count.
/// </summary>
public sealed record QuantileBins(double[] Edges)
{
    /// <summary>Number of bins: one more than the edges.</summary>
    public int Count => Edges.Length + 1;

    /// <summary>Cuts <paramref name="bins"/> bins at the quantiles of a sorted reference.</summary>
    public static QuantileBins FromReference(SortedSample reference, int bins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (reference.Count == 0)
        {
            return new QuantileBins([]);
        }
        var edges = new List<double>(bins - 1);
        for (var i = 1; i < bins; i++)
        {
            var edge = Quantile(reference.Values, i / (double)bins);
            if (edges.Count == 0 || edge != edges[^1])
            {
                edges.Add(edge);
            }
        }
        return new QuantileBins([.. edges]);
    }

    /// <summary>Counts a sorted sample into the bins (one binary search per edge).</summary>
    public long[] CountSorted(SortedSample sample)
    {
        var counts = new long[Count];
        var previous = 0;
        for (var b = 0; b < Edges.Length; b++)
        {
            var atMost = sample.CountAtMost(Edges[b]);
            counts[b] = atMost - previous;
            previous = atMost;
        }
        counts[^1] = sample.Count - previous;
        return counts;
    }

    // numpy's 'linear' method, including its choice to interpolate from the upper neighbour when
    // the fraction is at least one half, so that edges agree with numpy to the last bit.
    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        if (below >= sorted.Length - 1)
        {
            return sorted[^1];
        }
        var fraction = position - below;
        double a = sorted[below], b = sorted[below + 1], gap = b - a;
        return fraction >= 0.5 ? b - (gap * (1 - fraction)) : a + (gap * fraction);
    }
}
