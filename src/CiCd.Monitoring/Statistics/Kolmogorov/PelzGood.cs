namespace CiCd.Monitoring.Statistics.Kolmogorov;

/// <summary>
/// The Pelz-Good (1976) expansion of P(D_n ≤ x) in powers of 1/√n, with the Jacobi-theta form of
/// each term that converges fast for the small z = x√n where it is used (Simard and L'Ecuyer 2011):
/// K0(z) + K1(z)/√n + K2(z)/n + K3(z)/n^1.5.
/// </summary>
internal static class PelzGood
{
    private static readonly double SqrtTwoPi = Math.Sqrt(2 * Math.PI);
    private static readonly double Pi2 = Math.PI * Math.PI;
    private static readonly double Pi4 = Pi2 * Pi2;
    private static readonly double Pi6 = Pi4 * Pi2;

    /// <summary>P(D_n ≤ x).</summary>
    public static double Cdf(int n, double x)
    {
        if (x <= 0.0)
        {
            return 0.0;
        }
        if (x >= 1.0)
        {
            return 1.0;
        }
        var z = Math.Sqrt(n) * x;
        double z2 = z * z, z4 = z2 * z2, z6 = z4 * z2, z8 = z4 * z4;
        if (-Pi2 / (8 * z2) < -708)
        {
            return 0.0; // every term underflows
        }
        // Beyond this many terms the Gaussian-like factors are below double precision.
        var terms = Math.Max(1, (int)Math.Ceiling(16 * z / Math.PI));
        double k0 = 0, k1 = 0, k2 = 0, k3 = 0, k2Theta = 0, k3Theta = 0;
        for (var k = 1; k <= terms; k++)
        {
            double odd = 2 * k - 1, m2 = odd * odd, m4 = m2 * m2, m6 = m4 * m2;
            var w = Math.Exp(-Pi2 * m2 / (8 * z2));
            k0 += w;
            k1 += w * ((Pi2 * m2 / 4) - z2);
            k2 += w * (6 * z6 + 2 * z4 + (Pi2 * m2 * (2 * z4 - 5 * z2) / 4) + (Pi4 * m4 * (1 - 2 * z2) / 16));
            k3 += w * ((Pi6 * m6 * (5 - 30 * z2) / 64) + (Pi4 * m4 * (212 * z4 - 60 * z2) / 16)
                + (Pi2 * m2 * (135 * z4 - 96 * z6) / 4) - 30 * z6 - 90 * z8);
            double kk = (double)k * k, theta = Math.Exp(-Pi2 * kk / (2 * z2));
            k2Theta += kk * theta;
            k3Theta += (3 * z2 - Pi2 * kk) * kk * theta;
        }
        k0 *= SqrtTwoPi / z;
        k1 *= SqrtTwoPi / (6 * z4);
        k2 = (k2 * SqrtTwoPi / (72 * z6 * z)) - (k2Theta * Pi2 * SqrtTwoPi / (36 * z2 * z));
        k3 = (k3 * SqrtTwoPi / (6480 * z8 * z2)) + (k3Theta * Pi2 * SqrtTwoPi / (216 * z6));
        var rootN = Math.Sqrt(n);
        return k0 + (k1 / rootN) + (k2 / n) + (k3 / (n * rootN));
    }
}
