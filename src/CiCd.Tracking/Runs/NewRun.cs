namespace CiCd.Tracking.Runs;

/// <summary>What is known when a run starts.</summary>
public sealed record NewRun(string RunId, string Experiment, DateTimeOffset StartedAt, RunProvenance Provenance);
