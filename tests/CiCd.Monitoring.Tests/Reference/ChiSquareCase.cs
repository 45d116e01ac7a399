namespace CiCd.Monitoring.Tests.Reference;

/// <summary>A 2×k table and scipy's chi2_contingency(correction=False) on it; <see cref="CramerV"/> from scipy's association (null when undefined).</summary>
public sealed record ChiSquareCase(string Name, long[] ReferenceCounts, long[] CurrentCounts, int Unseen, double Statistic, double PValue, int DegreesOfFreedom, double? CramerV);
