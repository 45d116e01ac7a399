namespace CiCd.Monitoring.Detection;

/// <summary>Reference and current shares on the same bins or categories, for overlaid charts.</summary>
public sealed record Histogram(string[] Labels, double[] ReferenceShares, double[] CurrentShares);
