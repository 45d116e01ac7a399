namespace CiCd.Tracking.Runs;

/// <summary>One recorded run: identity, life cycle and provenance.</summary>
public sealed record Run(
    string RunId,
    string Experiment,
    RunStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    RunProvenance Provenance,
    string? ErrorMessage);
