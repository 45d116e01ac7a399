namespace CiCd.Metrics;

/// <summary>A point of a curve over decision thresholds (ROC: X = false positive rate, Y = true positive rate).</summary>
public sealed record CurvePoint(double X, double Y, double Threshold);
