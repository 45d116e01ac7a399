namespace CiCd.Monitoring.Statistics;

/// <summary>A two-proportion z-test result: z, the two-sided p-value, and the difference in the share of the first category.</summary>
public sealed record ZTestResult(double Z, double PValue, double ProportionDifference);
