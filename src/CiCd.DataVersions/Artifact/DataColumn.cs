namespace CiCd.DataVersions.Artifact;

/// <summary>One column of the schema summary: its header name and, when the config declares it, its kind.</summary>
public sealed record DataColumn(string Name, string? Kind);
