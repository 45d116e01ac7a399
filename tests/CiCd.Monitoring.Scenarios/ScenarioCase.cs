using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;
using CiCd.Monitoring.Scenarios;

namespace CiCd.Monitoring.Scenarios.Study;

/// <summary>One row group of the study: a shift kind on one column, observed on a (maybe other) column, by several tests, at several sizes.</summary>
/// <param name="Kind">The injected shift.</param>
/// <param name="ShiftedColumn">The column the shift hits (the target for a label shift).</param>
/// <param name="ObservedColumn">The column whose drift is measured.</param>
/// <param name="ObservedKind">How the observed column is compared.</param>
/// <param name="Sizes">Shift sizes; the first is "no shift" and gives the false-alarm rate.</param>
/// <param name="Tests">The tests compared.</param>
internal sealed record ScenarioCase(
    ShiftKind Kind,
    string ShiftedColumn,
    string ObservedColumn,
    ColumnKind ObservedKind,
    double[] Sizes,
    DriftTest[] Tests);
