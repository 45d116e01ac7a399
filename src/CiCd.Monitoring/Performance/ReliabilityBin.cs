namespace CiCd.Monitoring.Performance;

/// <summary>One row of a reliability table: the rows whose probability fell in (<paramref name="Lower"/>, <paramref name="Upper"/>].</summary>
/// <param name="Bin">0-based bin number; bin 0 also holds a probability of exactly 0.</param>
/// <param name="Lower">The bin's lower edge (exclusive, except for bin 0).</param>
/// <param name="Upper">The bin's upper edge (inclusive).</param>
/// <param name="MeanPredicted">Mean probability of the rows in the bin; null when it is empty.</param>
/// <param name="ObservedRate">Share of those rows where the event happened; null when it is empty.</param>
/// <param name="Count">Rows in the bin.</param>
public sealed record ReliabilityBin(int Bin, double Lower, double Upper, double? MeanPredicted, double? ObservedRate, int Count);
