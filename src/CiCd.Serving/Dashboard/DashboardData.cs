namespace CiCd.Serving.Dashboard;

/// <summary>What <c>/dashboard/data.json</c> answers and <c>/dashboard</c> shows: the served model, live traffic, drift. Aggregates only.</summary>
/// <param name="GeneratedUtc">When this snapshot was taken.</param>
/// <param name="Model">The model serving now; null while none is loaded.</param>
/// <param name="Traffic">Requests, latency and counters since the service started.</param>
/// <param name="Drift">The latest drift report and the history of reports.</param>
public sealed record DashboardData(DateTimeOffset GeneratedUtc, ModelPanel? Model, TrafficPanel Traffic, DriftPanel Drift);
