namespace CiCd.Monitoring.Statistics;

/// <summary>
/// First Wasserstein (earth mover's) distance between two samples, ∫ |F1(x) - F2(x)| dx, as
/// scipy.stats.wasserstein_distance; the normalised form divides by the reference standard deviation
/// so one threshold fits every feature's scale.
/// </summary>
public static class Wasserstein
{
    /// <summary>The smallest standard deviation used for normalising, so constant references do not divide by zero.</summary>
    public const double StdFloor = 0.001;

    /// <summary>W1 between two sorted, non-empty samples, by one merge pass over both.</summary>
    public static double Distance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            throw new ArgumentException("the Wasserstein distance needs two non-empty samples");
        }
        int i = 0, j = 0;
        double n1 = a.Length, n2 = b.Length, total = 0;
        var x = Math.Min(a[0], b[0]);
        while (i < a.Length || j < b.Length)
        {
            while (i < a.Length && a[i] <= x)
            {
                i++;
            }
            while (j < b.Length && b[j] <= x)
            {
                j++;
            }
            if (i == a.Length && j == b.Length)
            {
                break;
            }
            var next = Math.Min(i < a.Length ? a[i] : double.PositiveInfinity, j < b.Length ? b[j] : double.PositiveInfinity);
            total += Math.Abs((i / n1) - (j / n2)) * (next - x);
            x = next;
        }
        return total;
    }

    /// <summary>W1 divided by max(reference standard deviation, <see cref="StdFloor"/>).</summary>
    public static double Normalized(ReadOnlySpan<double> reference, ReadOnlySpan<double> current, double referenceStd) =>
        Distance(reference, current) / Math.Max(referenceStd, StdFloor);
}
