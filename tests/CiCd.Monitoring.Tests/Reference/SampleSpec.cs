namespace CiCd.Monitoring.Tests.Reference;

/// <summary>How make_reference_values.py generated a sample; <see cref="ReferenceSamples"/> rebuilds it bit for bit.</summary>
public sealed record SampleSpec(ulong Seed, int N, string Kind, double Shift, double Scale, int Levels)
{
    public override string ToString() => $"{Kind}(seed {Seed}, n {N})";
}
