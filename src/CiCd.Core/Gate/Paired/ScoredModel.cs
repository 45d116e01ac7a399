namespace CiCd.Gate.Paired;

/// <summary>A model's class probabilities on the shared rows, and the decision threshold it uses.</summary>
public sealed record ScoredModel(double[][] Probabilities, double Threshold);
