namespace CiCd.Train;

/// <summary>A step of a training run, for progress displays: which candidate, which fold, how far overall.</summary>
public sealed record TrainingProgress(string Stage, string? Candidate, int? Fold, int Done, int Total, string Message);
