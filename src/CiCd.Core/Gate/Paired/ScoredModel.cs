namespace CiCd.Gate.Paired;

/// <summary>
/// A model's answers on the shared rows — class probabilities, or for regression one predicted value per row in the
/// target's own scale — and the decision threshold it uses (0 for regression).
/// </summary>
public sealed record ScoredModel(double[][] Probabilities, double Threshold);
