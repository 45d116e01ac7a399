namespace CiCd.Data.Profiling;

/// <summary>One category and how many rows hold it.</summary>
public sealed record LevelCount(string Value, int Count, double Share);
