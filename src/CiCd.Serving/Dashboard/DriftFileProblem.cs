namespace CiCd.Serving.Dashboard;

/// <summary>A <c>drift.json</c> the dashboard could not read, and why.</summary>
public sealed record DriftFileProblem(string File, string Problem);
