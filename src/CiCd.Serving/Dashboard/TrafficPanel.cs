using CiCd.Serving.Telemetry;

namespace CiCd.Serving.Dashboard;

/// <summary>Live request metrics since <see cref="StartedUtc"/>, from the service's own counters.</summary>
public sealed record TrafficPanel(
    DateTimeOffset StartedUtc,
    long TotalRequests,
    IReadOnlyList<RouteCount> Requests,
    IReadOnlyList<RouteLatency> Latency,
    IReadOnlyList<LabelledCount> PredictionsByClass,
    IReadOnlyList<LabelledCount> Reloads,
    IReadOnlyList<LabelledCount> ReloadFailures,
    long LogDropped,
    long LogWritten);
