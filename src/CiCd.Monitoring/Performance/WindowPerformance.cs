namespace CiCd.Monitoring.Performance;

/// <summary>Model performance on the labelled rows of a window, against the gate thresholds.</summary>
/// <param name="LabelledRows">Rows with both a label and the model's answer (probabilities, or a regression's value).</param>
/// <param name="Metrics">The metrics, empty when not scored.</param>
/// <param name="Checks">One per gate threshold.</param>
/// <param name="Scored">False when too few labelled rows (or a single class) made the metrics meaningless.</param>
/// <param name="Note">Why it was not scored.</param>
public sealed record WindowPerformance(
    int LabelledRows,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<MetricCheck> Checks,
    bool Scored,
    string? Note)
{
    /// <summary>A classifier's calibration (Brier score, expected calibration error, reliability table); null for a regression or when not scored.</summary>
    public Calibration? Calibration { get; init; }

    /// <summary>True when scored and every gate threshold held.</summary>
    public bool Passed => Scored && Checks.All(c => c.Passed);
}
