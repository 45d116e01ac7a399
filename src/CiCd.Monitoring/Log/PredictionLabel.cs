namespace CiCd.Monitoring.Log;

/// <summary>A delayed label: the true class of a logged request, and when it was stored.</summary>
public sealed record PredictionLabel(string RequestId, string Label, DateTimeOffset LabelledAt);
