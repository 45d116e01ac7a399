namespace CiCd.Monitoring.Windows;

/// <summary>A half-open stretch of time [Start, End) and the rows observed in it.</summary>
public sealed record TimeWindow(DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<int> Rows);
