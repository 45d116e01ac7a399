namespace CiCd.Monitoring.Tests.Reference;

public sealed record ChiSquareCase(string Name, long[] ReferenceCounts, long[] CurrentCounts, int Unseen, double Statistic, double PValue);
