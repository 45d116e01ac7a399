namespace CiCd.Monitoring.Statistics;

/// <summary>A two-sample Kolmogorov-Smirnov result: the largest ECDF gap, its two-sided p-value and how it was computed.</summary>
public sealed record KsResult(double Statistic, double PValue, KsMethod Method, int ReferenceCount, int CurrentCount);
