namespace CiCd.Serving.Telemetry;

/// <summary>The service's counters since start: predicted rows by class, reloads by trigger, refusals by reason, prediction log records.</summary>
public sealed record ServingCounters(
    IReadOnlyList<LabelledCount> PredictionsByClass,
    IReadOnlyList<LabelledCount> Reloads,
    IReadOnlyList<LabelledCount> ReloadFailures,
    long LogDropped,
    long LogWritten);
