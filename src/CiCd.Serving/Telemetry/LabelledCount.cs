namespace CiCd.Serving.Telemetry;

/// <summary>One series of a counter: its label value and its count.</summary>
public sealed record LabelledCount(string Label, long Count);
