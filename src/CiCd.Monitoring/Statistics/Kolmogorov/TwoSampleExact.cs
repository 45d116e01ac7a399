namespace CiCd.Monitoring.Statistics.Kolmogorov;

/// <summary>
/// The exact null distribution of the two-sided two-sample KS statistic: the share of monotone
/// lattice paths from (0,0) to (m,n) that leave the band |i/m - j/n| &lt; d.
/// </summary>
internal static class TwoSampleExact
{
    /// <summary>P(D ≥ d), with d first snapped to the lattice (a multiple of 1/lcm(m, n)) as scipy does; returns that d too.</summary>
    public static (double Statistic, double PValue) SurvivalFunction(int m, int n, double d)
    {
        var g = Gcd(m, n);
        var lcm = (long)(m / g) * n;
        var h = (long)Math.Round(d * lcm, MidpointRounding.ToEven);
        var snapped = h / (double)lcm;
        if (h == 0)
        {
            return (snapped, 1.0);
        }
        var p = m == n ? EqualSizes(n, h) : OutsideBand(m, n, g, h);
        return (snapped, Math.Clamp(p, 0.0, 1.0));
    }

    // Equal sizes have a closed form: 2 Σ_{k≥1} (-1)^(k+1) C(2n, n-kh) / C(2n, n). The ratio of
    // consecutive terms is a product of h factors, and nesting the sum as
    // 2·A1·(1 - A2·(1 - A3·(…))) avoids the cancellation of the alternating series.
    private static double EqualSizes(int n, long h)
    {
        var terms = n / h;
        var nested = 0.0;
        for (var k = terms; k >= 1; k--)
        {
            var ratio = 1.0;
            for (var j = (k - 1) * h; j < k * h; j++)
            {
                ratio *= (n - j) / (double)(n + j + 1);
            }
            nested = ratio * (1.0 - nested);
        }
        return 2.0 * nested;
    }

    // Walks the lattice one column at a time keeping, for each row j, the probability that a random
    // path to (i, j) stayed inside the band. Dividing path counts by C(i+j, j) keeps every entry in
    // [0, 1], so no exponent bookkeeping is needed: A(i,j) = (i·A(i-1,j) + j·A(i,j-1)) / (i+j).
    private static double OutsideBand(int m, int n, int g, long h)
    {
        if (m < n)
        {
            (m, n) = (n, m);
        }
        long mg = m / g, ng = n / g;
        var inside = new double[n + 1];
        for (var j = 0; j <= n && j * mg < h; j++)
        {
            inside[j] = 1.0; // the first column: straight up the j axis
        }
        var previousLow = 0;
        for (var i = 1; i <= m; i++)
        {
            // Rows allowed in column i: |i·ng - j·mg| < h.
            var low = (int)Math.Max(0, FloorDiv(i * ng - h, mg) + 1);
            var high = (int)Math.Min(n, CeilDiv(i * ng + h, mg) - 1);
            if (low > high)
            {
                return 1.0;
            }
            // The band only moves up (m ≥ n), so rows that just left it are cleared once.
            Array.Clear(inside, previousLow, low - previousLow);
            previousLow = low;
            var below = 0.0;
            for (var j = low; j <= high; j++)
            {
                below = (i * inside[j] + j * below) / (i + j);
                inside[j] = below;
            }
        }
        return 1.0 - inside[n];
    }

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    private static long CeilDiv(long a, long b) => -FloorDiv(-a, b);

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }
        return a;
    }
}
