namespace CiCd.Train;

/// <summary>A unit still running after its trainer's estimated unit time: which one, how long it has run, what was estimated.</summary>
public sealed record OverdueUnit(int Unit, TimeSpan Running, TimeSpan Estimate);
