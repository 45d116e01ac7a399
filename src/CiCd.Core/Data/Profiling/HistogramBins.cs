namespace CiCd.Data.Profiling;

/// <summary>Equal-width bins over [min, max], the last one closed on the right: the same edges and counts as numpy's <c>histogram</c>.</summary>
/// <param name="Edges">Bin edges, one more than the bins.</param>
/// <param name="Counts">Values per bin.</param>
public sealed record HistogramBins(double[] Edges, int[] Counts)
{
    /// <summary>The bins of <paramref name="sorted"/> (ascending, no NaN); one bin when every value is the same.</summary>
    public static HistogramBins Of(IReadOnlyList<double> sorted, int bins)
    {
        var (first, last) = (sorted[0], sorted[^1]);
        if (first == last)
        {
            (first, last, bins) = (first - 0.5, last + 0.5, 1);
        }
        var edges = new double[bins + 1];
        var step = (last - first) / bins;
        for (var i = 0; i < bins; i++)
        {
            edges[i] = first + (i * step);
        }
        edges[bins] = last;
        var counts = new int[bins];
        foreach (var value in sorted)
        {
            counts[IndexOf(edges, value)]++;
        }
        return new HistogramBins(edges, counts);
    }

    /// <summary>The bin holding <paramref name="value"/> (clamped to the ends), as numpy finds it.</summary>
    public int BinOf(double value) => IndexOf(Edges, value);

    /// <summary>A short label for bin <paramref name="i"/>, as an interval.</summary>
    public string Label(int i) => $"[{Short(Edges[i])}, {Short(Edges[i + 1])}{(i == Counts.Length - 1 ? "]" : ")")}";

    private static int IndexOf(double[] edges, double value)
    {
        var bins = edges.Length - 1;
        var index = (int)Math.Floor((value - edges[0]) * (bins / (edges[^1] - edges[0])));
        index = Math.Clamp(index, 0, bins - 1);
        // The scaled guess can land one off at an edge; the edges decide, as in numpy.
        if (value < edges[index] && index > 0)
        {
            index--;
        }
        else if (index < bins - 1 && value >= edges[index + 1])
        {
            index++;
        }
        return index;
    }

    private static string Short(double value) => value.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
}
