namespace CiCd.Reporting.Content;

/// <summary>One run in the runs table.</summary>
public sealed record RunRow(string RunId, string Experiment, string Status, DateTimeOffset StartedAt, string? Selected, IReadOnlyDictionary<string, double> Metrics);
