namespace CiCd.Reporting.Content;

/// <summary>Recent runs of the experiment, oldest first, with the metrics worth charting across runs.</summary>
public sealed record RunHistory(string Store, string? Experiment, IReadOnlyList<string> KeyMetrics, IReadOnlyList<RunRow> Rows);
