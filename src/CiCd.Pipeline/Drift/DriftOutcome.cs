using CiCd.Monitoring.Analysis;

namespace CiCd.Pipeline.Drift;

/// <summary>What the drift stage found, in memory; the same report is in the output folder as JSON, Markdown and HTML.</summary>
/// <param name="Report">The drift report; its exit code says whether the alert is red.</param>
/// <param name="Reference">Where the reference came from (profile, card, training predictions).</param>
public sealed record DriftOutcome(DriftReport Report, DriftReference Reference);
