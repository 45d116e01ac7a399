namespace CiCd.Monitoring.Alerts;

/// <summary>A traffic light with what was found (<see cref="Message"/>) and what to do (<see cref="Advice"/>).</summary>
public sealed record Alert(AlertLevel Level, Recommendation Recommendation, string Message, string Advice);
