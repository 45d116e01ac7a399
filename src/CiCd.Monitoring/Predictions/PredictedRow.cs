namespace CiCd.Monitoring.Predictions;

/// <summary>The model's answer for one row: the predicted class, its score, and the class probabilities when known.</summary>
/// <param name="Label">The predicted class (null for a regression).</param>
/// <param name="Score">Binary: the positive-class probability; multiclass: the top probability; NaN when unknown.</param>
/// <param name="Probabilities">Per class, in the model's class order.</param>
/// <param name="Value">A regression's predicted number (in the target's own scale); null for a classifier.</param>
public sealed record PredictedRow(string? Label, double Score, double[]? Probabilities, double? Value = null)
{
    /// <summary>A regression's answer.</summary>
    public static PredictedRow Number(double value) => new(null, double.NaN, null, value);

    /// <summary>What the performance metrics score: the class probabilities, or a regression's value as a one-element array.</summary>
    public double[]? Outputs => Value is { } value ? [value] : Probabilities;
}
