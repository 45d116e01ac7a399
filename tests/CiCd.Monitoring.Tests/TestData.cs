using CiCd.Monitoring.Data;

namespace CiCd.Monitoring.Tests;

/// <summary>Builders for seeded test columns.</summary>
public static class TestData
{
    public static double[] Normal(int seed, int n, double mean = 0, double std = 1)
    {
        var random = new Random(seed);
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            // Box-Muller: Random has no normal generator.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            values[i] = mean + (std * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }
        return values;
    }

    public static string?[] Categories(int seed, int n, params (string Label, double Weight)[] weights)
    {
        var random = new Random(seed);
        var total = weights.Sum(w => w.Weight);
        var values = new string?[n];
        for (var i = 0; i < n; i++)
        {
            var pick = random.NextDouble() * total;
            foreach (var (label, weight) in weights)
            {
                values[i] = label;
                pick -= weight;
                if (pick < 0)
                {
                    break;
                }
            }
        }
        return values;
    }

    public static NumericColumn NumericColumn(string name, double[] values) => new(name, values);

    public static CategoricalColumn CategoricalColumn(string name, string?[] values) => new(name, values);

    public static double[] WithMissing(double[] values, int every)
    {
        var copy = (double[])values.Clone();
        for (var i = 0; i < copy.Length; i += every)
        {
            copy[i] = double.NaN;
        }
        return copy;
    }
}
