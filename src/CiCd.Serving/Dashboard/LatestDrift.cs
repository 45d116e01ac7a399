using CiCd.Monitoring.Alerts;

namespace CiCd.Serving.Dashboard;

/// <summary>The newest drift report: its overall light with message and advice, one light per feature, and its time windows.</summary>
public sealed record LatestDrift(
    string File,
    DateTimeOffset GeneratedUtc,
    AlertLevel Level,
    string Message,
    string Advice,
    Recommendation Recommendation,
    string OnRed,
    int TestedFeatures,
    int DriftedFeatures,
    double DriftShare,
    double DriftShareThreshold,
    string? Window,
    IReadOnlyList<FeatureLight> Features,
    IReadOnlyList<DriftPoint> Windows);
