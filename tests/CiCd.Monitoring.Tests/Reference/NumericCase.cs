namespace CiCd.Monitoring.Tests.Reference;

public sealed record NumericCase(
    string Name, SampleSpec Reference, SampleSpec Current, int Bins, double[] Edges, long[] ReferenceCounts,
    long[] CurrentCounts, double Psi, double JensenShannon, double Wasserstein, double WassersteinNormalized);
