namespace CiCd.Train;

/// <summary>A cross-validated candidate: per-fold metrics, their mean and spread, and its out-of-fold probabilities.</summary>
public sealed record CandidateResult(
    CandidateSpec Spec,
    IReadOnlyList<FoldScore> Folds,
    IReadOnlyDictionary<string, double> Mean,
    IReadOnlyDictionary<string, double> StandardDeviation,
    double[][] OutOfFold,
    double Seconds);
