namespace CiCd.Reporting.Content;

/// <summary>
/// One metric, candidate against champion. <see cref="Delta"/> is candidate − champion as measured;
/// <see cref="Improved"/> reads it in the metric's good direction. <see cref="Relative"/> is
/// delta / |champion|, null when the champion is 0.
/// </summary>
public sealed record MetricDelta(string Metric, double Candidate, double Champion, double Delta, double? Relative, bool HigherIsBetter)
{
    /// <summary>True when the candidate is strictly better than the champion.</summary>
    public bool Improved => HigherIsBetter ? Delta > 0 : Delta < 0;

    /// <summary>True when the candidate is strictly worse than the champion.</summary>
    public bool Worsened => HigherIsBetter ? Delta < 0 : Delta > 0;
}
