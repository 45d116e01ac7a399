namespace CiCd.Benchmarks;

/// <summary>Sample standard deviation, as numpy's std(ddof=1), the benchmarks' "± sd".</summary>
internal static class Spread
{
    public static double Sd(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
