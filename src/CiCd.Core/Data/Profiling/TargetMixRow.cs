namespace CiCd.Data.Profiling;

/// <summary>One bin or level of a feature against the target: its rows, their class counts and, for a binary task, the positive class's share.</summary>
public sealed record TargetMixRow(string Level, int Count, int[] ClassCounts, double? TargetRate);
