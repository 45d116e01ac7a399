namespace CiCd.Monitoring.Detection;

/// <summary>What one test found: its statistic, p-value (hypothesis tests) and effect size (hypothesis tests).</summary>
internal sealed record TestOutcome(double Statistic, double? PValue, double? EffectSize);
