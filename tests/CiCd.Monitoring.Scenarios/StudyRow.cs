namespace CiCd.Monitoring.Scenarios.Study;

/// <summary>Detection figures of one (scenario, test, current size) across the shift sizes.</summary>
/// <param name="Scenario">The shift kind.</param>
/// <param name="Shifted">The column shifted.</param>
/// <param name="Observed">The column measured.</param>
/// <param name="Test">The test's config name.</param>
/// <param name="IsDefault">True when the default policy picks this test for the observed column.</param>
/// <param name="CurrentRows">Current sample size.</param>
/// <param name="Sizes">Shift sizes.</param>
/// <param name="Detected">Share of repetitions where the column counted as drifted (red).</param>
/// <param name="Flagged">Share where the column's light was not green (amber or red).</param>
internal sealed record StudyRow(
    string Scenario,
    string Shifted,
    string Observed,
    string Test,
    bool IsDefault,
    int CurrentRows,
    double[] Sizes,
    double[] Detected,
    double[] Flagged);
