namespace CiCd.Serving.Scoring;

/// <summary>One scored row: the decided class, its score and the probability of every class in card order.</summary>
/// <param name="ClassIndex">Index into the card's classes.</param>
/// <param name="Score">Binary: the positive-class probability; multiclass: the winning class's probability.</param>
/// <param name="Probabilities">Class probabilities in card order.</param>
public readonly record struct Prediction(int ClassIndex, double Score, double[] Probabilities);
