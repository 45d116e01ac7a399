using CiCd.Monitoring.Alerts;

namespace CiCd.Serving.Dashboard;

/// <summary>One feature's verdict: the test, its statistic (and p-value for hypothesis tests), the rule, PSI, and the light.</summary>
public sealed record FeatureLight(
    string Name,
    string Test,
    double? Score,
    double? PValue,
    double? Threshold,
    string Rule,
    double? Psi,
    AlertLevel Light,
    string Message);
