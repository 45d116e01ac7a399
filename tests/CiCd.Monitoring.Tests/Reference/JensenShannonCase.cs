namespace CiCd.Monitoring.Tests.Reference;

public sealed record JensenShannonCase(string Name, long[] ReferenceCounts, long[] CurrentCounts, double Distance, double Psi);
