namespace CiCd.Train;

/// <summary>A step of a training run, for progress displays: which candidate, which fold, how far overall.</summary>
public sealed record TrainingProgress(string Stage, string? Candidate, int? Fold, int Done, int Total, string Message)
{
    /// <summary>Rows trained per second of wall time so far (cross-validation steps; null when not known or not a fold).</summary>
    public double? RowsPerSecond { get; init; }

    /// <summary>Estimated time until the run ends: the folds left, the refit, the artefacts and the outputs (null when not known).</summary>
    public TimeSpan? Remaining { get; init; }
}
