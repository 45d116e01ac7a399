namespace CiCd.Data.Profiling;

/// <summary>Two features and how strongly they move together under one method (pearson, spearman, cramers_v).</summary>
public sealed record FeaturePair(string First, string Second, string Method, double Value);
