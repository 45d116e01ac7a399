using CiCd.Monitoring.Alerts;

namespace CiCd.Serving.Dashboard;

/// <summary>Drift at one time: a report (with its file) or a window of the latest report.</summary>
public sealed record DriftPoint(DateTimeOffset Time, AlertLevel Level, double? DriftShare, int DriftedFeatures, int TestedFeatures, string? File);
