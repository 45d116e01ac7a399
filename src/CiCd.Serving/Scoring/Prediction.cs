namespace CiCd.Serving.Scoring;

/// <summary>
/// One scored row: the decided class, its score and the probability of every class in card order; for a regression model,
/// the predicted value (in the target's own scale) with no class and no probabilities (<see cref="OfValue"/>).
/// </summary>
/// <param name="ClassIndex">Index into the card's classes; <see cref="NoClass"/> for a regression model.</param>
/// <param name="Score">Binary: the positive-class probability; multiclass: the winning class's probability; regression: the predicted value.</param>
/// <param name="Probabilities">Class probabilities in card order; empty for a regression model.</param>
public readonly record struct Prediction(int ClassIndex, double Score, double[] Probabilities)
{
    /// <summary>The class index of a regression prediction, which has none.</summary>
    public const int NoClass = -1;

    /// <summary>Whether this is a regression model's predicted number rather than a class.</summary>
    public bool IsValue => ClassIndex == NoClass;

    /// <summary>A regression model's predicted value.</summary>
    public static Prediction OfValue(double value) => new(NoClass, value, []);
}
