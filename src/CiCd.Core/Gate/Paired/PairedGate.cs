namespace CiCd.Gate.Paired;

/// <summary>What the gate compares the candidate with: the champion's metrics, and on which rows they were measured.</summary>
public sealed record PairedGate(GateMetrics Champion, PairedComparison Comparison);
