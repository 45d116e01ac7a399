namespace CiCd.Monitoring.Tests.Reference;

/// <summary>
/// The C# twin of the generator in make_reference_values.py: a 64-bit LCG whose outputs are
/// multiples of 2^-31, summed and shifted only by dyadic amounts, so both languages produce the
/// same doubles without storing the samples.
/// </summary>
public static class ReferenceSamples
{
    public static double[] Build(SampleSpec spec)
    {
        if (spec.Kind == "integer")
        {
            var u = Uniforms(spec.Seed, spec.N);
            return u.Select(x => Math.Floor(x * spec.Levels) + spec.Shift).ToArray();
        }
        var all = Uniforms(spec.Seed, 4 * spec.N);
        var values = new double[spec.N];
        for (var i = 0; i < spec.N; i++)
        {
            var sum = all[4 * i] + all[(4 * i) + 1] + all[(4 * i) + 2] + all[(4 * i) + 3];
            values[i] = ((sum - 2.0) * spec.Scale) + spec.Shift;
        }
        return values;
    }

    private static double[] Uniforms(ulong seed, int n)
    {
        var state = seed;
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            state = unchecked((state * 6364136223846793005UL) + 1442695040888963407UL);
            values[i] = (state >> 33) / 2147483648.0;
        }
        return values;
    }
}
