namespace CiCd.Monitoring.Policy;

/// <summary>The test a column is judged by, its threshold, and whether the policy default chose it.</summary>
public sealed record SelectedTest(DriftTest Test, double Threshold, bool IsDefault);
