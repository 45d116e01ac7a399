namespace CiCd.Data.Profiling;

/// <summary>Pearson's r over the rows where both values are present (pandas' pairwise <c>corr</c>), and Spearman's ρ as Pearson's r of average ranks.</summary>
public static class Correlation
{
    /// <summary>Pearson's r; NaN when fewer than two rows are complete or a side is constant.</summary>
    public static double Pearson(double[] x, double[] y)
    {
        double n = 0, sx = 0, sy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                (n, sx, sy) = (n + 1, sx + x[i], sy + y[i]);
            }
        }
        if (n < 2)
        {
            return double.NaN;
        }
        var (mx, my) = (sx / n, sy / n);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                var (dx, dy) = (x[i] - mx, y[i] - my);
                (sxy, sxx, syy) = (sxy + (dx * dy), sxx + (dx * dx), syy + (dy * dy));
            }
        }
        return sxx == 0 || syy == 0 ? double.NaN : Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }

    /// <summary>Average ranks 1…n (ties share their mean rank, as scipy's <c>rankdata</c>); NaN stays NaN.</summary>
    public static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).Where(i => !double.IsNaN(values[i])).ToArray();
        Array.Sort(order, (a, b) => values[a].CompareTo(values[b]));
        var ranks = new double[values.Length];
        Array.Fill(ranks, double.NaN);
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }
            var rank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }
}
