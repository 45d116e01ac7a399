namespace CiCd.Reporting.Content;

/// <summary>A named curve (ROC or precision–recall) with its area, as X and Y arrays.</summary>
public sealed record Curve(string Label, double Area, double[] X, double[] Y);
