namespace CiCd.Train;

/// <summary>The metrics of one candidate on one validation fold.</summary>
public sealed record FoldScore(int Fold, IReadOnlyDictionary<string, double> Metrics);
