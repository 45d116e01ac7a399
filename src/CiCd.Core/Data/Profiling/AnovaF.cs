namespace CiCd.Data.Profiling;

/// <summary>One-way ANOVA F of a numeric column across the target classes (scipy's <c>f_oneway</c>), missing values left out.</summary>
public static class AnovaF
{
    /// <summary>The F statistic; NaN when fewer than two classes hold values or there is no spread within classes.</summary>
    public static double Of(float[] values, int[] labels, int classes)
    {
        var (sum, count) = (new double[classes], new long[classes]);
        double total = 0;
        long n = 0;
        for (var r = 0; r < values.Length; r++)
        {
            if (!float.IsNaN(values[r]))
            {
                sum[labels[r]] += values[r];
                count[labels[r]]++;
                total += values[r];
                n++;
            }
        }
        var groups = count.Count(c => c > 0);
        if (groups < 2 || n <= groups)
        {
            return double.NaN;
        }
        var mean = total / n;
        double within = 0;
        for (var r = 0; r < values.Length; r++)
        {
            if (!float.IsNaN(values[r]))
            {
                var d = values[r] - (sum[labels[r]] / count[labels[r]]);
                within += d * d;
            }
        }
        double between = 0;
        for (var c = 0; c < classes; c++)
        {
            if (count[c] > 0)
            {
                var d = (sum[c] / count[c]) - mean;
                between += count[c] * d * d;
            }
        }
        return within == 0 ? double.NaN : between / (groups - 1) / (within / (n - groups));
    }
}
