namespace CiCd.Data.Profiling;

/// <summary>
/// A numeric column's distribution: quantiles by linear interpolation (pandas' and numpy's default), mean, sample
/// standard deviation (n − 1, as pandas), skewness bias-corrected as pandas' <c>skew()</c>, zeros, outliers beyond
/// 1.5 IQR from the quartiles, the box plot's five numbers and the histogram.
/// </summary>
public sealed record NumericSummary
{
    /// <summary>The quantile levels reported.</summary>
    public static IReadOnlyList<double> Levels { get; } = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];

    /// <summary>Non-missing values.</summary>
    public required int Count { get; init; }

    /// <summary>Arithmetic mean.</summary>
    public required double Mean { get; init; }

    /// <summary>Sample standard deviation (n − 1).</summary>
    public required double Sd { get; init; }

    /// <summary>Adjusted Fisher–Pearson skewness (pandas' <c>skew()</c>); NaN under 3 values.</summary>
    public required double Skew { get; init; }

    /// <summary>Smallest value.</summary>
    public required double Min { get; init; }

    /// <summary>Largest value.</summary>
    public required double Max { get; init; }

    /// <summary>Quantile at each of <see cref="Levels"/>, keyed <c>p01</c>…<c>p99</c>.</summary>
    public required IReadOnlyDictionary<string, double> Quantiles { get; init; }

    /// <summary>Values equal to zero.</summary>
    public required int Zeros { get; init; }

    /// <summary>Values below Q1 − 1.5 IQR or above Q3 + 1.5 IQR.</summary>
    public required int Outliers { get; init; }

    /// <summary>The box plot: lower whisker (smallest value within the fence), Q1, median, Q3, upper whisker.</summary>
    public required double[] Box { get; init; }

    /// <summary>Equal-width histogram.</summary>
    public required HistogramBins Histogram { get; init; }

    /// <summary>Summarises <paramref name="sorted"/> (ascending, no NaN, at least one value).</summary>
    public static NumericSummary Of(double[] sorted, int bins)
    {
        var n = sorted.Length;
        var mean = 0.0;
        foreach (var v in sorted)
        {
            mean += v;
        }
        mean /= n;
        double m2 = 0, m3 = 0;
        var zeros = 0;
        foreach (var v in sorted)
        {
            var d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
            zeros += v == 0 ? 1 : 0;
        }
        var (q1, median, q3) = (Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75));
        var (low, high) = (q1 - (1.5 * (q3 - q1)), q3 + (1.5 * (q3 - q1)));
        return new NumericSummary
        {
            Count = n,
            Mean = mean,
            Sd = n > 1 ? Math.Sqrt(m2 / (n - 1)) : double.NaN,
            Skew = Skewness(n, m2 / n, m3 / n),
            Min = sorted[0],
            Max = sorted[^1],
            Quantiles = Levels.ToDictionary(Key, level => Quantile(sorted, level)),
            Zeros = zeros,
            Outliers = sorted.Count(v => v < low || v > high),
            Box = [sorted.First(v => v >= low), q1, median, q3, sorted.Last(v => v <= high)],
            Histogram = HistogramBins.Of(sorted, Math.Min(bins, Math.Max(1, DistinctSorted(sorted)))),
        };
    }

    /// <summary>The key of a quantile level: 0.05 is <c>p05</c>.</summary>
    public static string Key(double level) => $"p{Math.Round(level * 100):00}";

    /// <summary>Linear interpolation between the closest ranks (numpy's default, pandas' <c>quantile</c>).</summary>
    public static double Quantile(double[] sorted, double level)
    {
        var position = level * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    /// <summary>Distinct values of an ascending array, in one pass.</summary>
    public static int DistinctSorted(double[] sorted)
    {
        var distinct = sorted.Length > 0 ? 1 : 0;
        for (var i = 1; i < sorted.Length; i++)
        {
            distinct += sorted[i] != sorted[i - 1] ? 1 : 0;
        }
        return distinct;
    }

    private static double Skewness(int n, double m2, double m3) =>
        n < 3 || m2 == 0 ? (n < 3 ? double.NaN : 0)
        : Math.Sqrt((double)n * (n - 1)) / (n - 2) * (m3 / Math.Pow(m2, 1.5));
}
