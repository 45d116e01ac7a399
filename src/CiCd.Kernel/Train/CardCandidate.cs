namespace CiCd.Train;

/// <summary>One candidate setting in the card: cross-validation mean and spread of each metric, and time taken.</summary>
public sealed record CardCandidate(string Id, string Trainer, IReadOnlyDictionary<string, double> Parameters,
    IReadOnlyDictionary<string, double> CvMean, IReadOnlyDictionary<string, double> CvSpread, double Seconds);
