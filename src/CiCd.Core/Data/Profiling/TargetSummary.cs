namespace CiCd.Data.Profiling;

/// <summary>The target: its classes in config order with their counts, and the positive class of a binary task.</summary>
public sealed record TargetSummary(string Name, IReadOnlyList<LevelCount> Classes, string? PositiveClass);
