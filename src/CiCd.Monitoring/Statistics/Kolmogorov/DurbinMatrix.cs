namespace CiCd.Monitoring.Statistics.Kolmogorov;

/// <summary>
/// The exact CDF P(D_n &lt; d) by Durbin's matrix formula, as made practical by Marsaglia, Tsang and
/// Wang (2003): with k = ⌈nd⌉ and h = k - nd, the answer is n!/n^n times the centre element of H^n
/// for a (2k-1)-square matrix H. Cost grows with k³ log n, so callers use it only while nd is small.
/// </summary>
internal static class DurbinMatrix
{
    private const double Big = 1e140;
    private const int BigExponent = 140;

    /// <summary>P(D_n &lt; d).</summary>
    public static double Cdf(int n, double d)
    {
        var k = (int)Math.Ceiling(n * d);
        var m = 2 * k - 1;
        var h = k - n * d;
        var matrix = Build(m, h);
        var (power, exponent) = Power(matrix, m, n, k - 1);
        var s = power[((k - 1) * m) + k - 1];
        for (var i = 1; i <= n; i++)
        {
            s = s * i / n;
            if (s < 1.0 / Big)
            {
                s *= Big;
                exponent -= BigExponent;
            }
        }
        return s * Math.Pow(10, exponent);
    }

    private static double[] Build(int m, double h)
    {
        var matrix = new double[m * m];
        var factorial = new double[m + 1];
        factorial[0] = 1;
        for (var i = 1; i <= m; i++)
        {
            factorial[i] = factorial[i - 1] * i;
        }
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (i - j + 1 >= 0)
                {
                    matrix[(i * m) + j] = 1.0 / factorial[i - j + 1];
                }
            }
        }
        for (var i = 0; i < m; i++)
        {
            matrix[i * m] -= Math.Pow(h, i + 1) / factorial[i + 1];
            matrix[((m - 1) * m) + i] -= Math.Pow(h, m - i) / factorial[m - i];
        }
        matrix[(m - 1) * m] += Math.Pow(Math.Max(2 * h - 1, 0.0), m) / factorial[m];
        return matrix;
    }

    // Square-and-multiply, rescaling by 10^140 whenever the watched element grows past it so that
    // large n neither overflows nor loses the centre element to underflow.
    private static (double[] Power, int Exponent) Power(double[] matrix, int m, int n, int centre)
    {
        if (n == 1)
        {
            return (matrix, 0);
        }
        var (half, exponent) = Power(matrix, m, n / 2, centre);
        var result = Multiply(half, half, m);
        exponent *= 2;
        if (n % 2 == 1)
        {
            result = Multiply(matrix, result, m);
        }
        if (result[(centre * m) + centre] > Big)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] /= Big;
            }
            exponent += BigExponent;
        }
        return (result, exponent);
    }

    private static double[] Multiply(double[] a, double[] b, int m)
    {
        var c = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            for (var l = 0; l < m; l++)
            {
                var ail = a[(i * m) + l];
                if (ail == 0.0)
                {
                    continue;
                }
                for (var j = 0; j < m; j++)
                {
                    c[(i * m) + j] += ail * b[(l * m) + j];
                }
            }
        }
        return c;
    }
}
