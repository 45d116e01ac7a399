using CiCd.Comparison;

namespace CiCd.Registry.Versions;

/// <summary>Two versions' params and metrics side by side (column 0 is the left version).</summary>
public sealed record VersionDiff(
    string Model,
    ModelVersion Left,
    ModelVersion Right,
    IReadOnlyList<SideBySideRow<string?>> Params,
    IReadOnlyList<SideBySideRow<double?>> Metrics);
