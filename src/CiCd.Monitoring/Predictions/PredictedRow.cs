namespace CiCd.Monitoring.Predictions;

/// <summary>The model's answer for one row: the predicted class, its score, and the class probabilities when known.</summary>
/// <param name="Label">The predicted class.</param>
/// <param name="Score">Binary: the positive-class probability; multiclass: the top probability; NaN when unknown.</param>
/// <param name="Probabilities">Per class, in the model's class order.</param>
public sealed record PredictedRow(string? Label, double Score, double[]? Probabilities);
