namespace CiCd.Serving.Dashboard;

/// <summary>Drift as the dashboard shows it: the latest report, one point per report over time, and what could not be read.</summary>
/// <param name="Folder">The configured reports folder, if any.</param>
/// <param name="Message">Why there is nothing to show (no folder, no report, nothing readable), for people.</param>
/// <param name="Problems">Report files that could not be read, with the reason.</param>
/// <param name="Latest">The newest readable report.</param>
/// <param name="History">Every readable report, oldest first.</param>
public sealed record DriftPanel(string? Folder, string? Message, IReadOnlyList<DriftFileProblem> Problems, LatestDrift? Latest, IReadOnlyList<DriftPoint> History);
