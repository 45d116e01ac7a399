namespace CiCd.Data.Profiling;

/// <summary>One column profiled: its name and how far the profile is.</summary>
public sealed record ProfileProgress(string Column, int Done, int Total);
