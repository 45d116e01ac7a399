namespace CiCd.Train.Shards;

/// <summary>
/// One cross-validation work unit done: a candidate fitted on all folds but <paramref name="Fold"/> and scored on it.
/// </summary>
/// <param name="Candidate">The candidate's id (<see cref="CandidateSpec.Id"/>).</param>
/// <param name="Fold">The validation fold, 0-based.</param>
/// <param name="Metrics">The metrics on the validation fold.</param>
/// <param name="Probabilities">The probabilities of the fold's rows, in training-split order (the out-of-fold predictions).</param>
/// <param name="Seconds">Fit and score time.</param>
public sealed record UnitResult(
    string Candidate,
    int Fold,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<double[]> Probabilities,
    double Seconds);
