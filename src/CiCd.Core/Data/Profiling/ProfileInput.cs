using CiCd.Configuration;

namespace CiCd.Data.Profiling;

/// <summary>
/// What the profiler reads: every column of the file in columnar form (ignored and undeclared ones as texts), each
/// row's class, the kind the config declares for each column (absent: not in the config), and the fingerprint.
/// </summary>
/// <param name="Source">The data file.</param>
/// <param name="Config">The data set's config (for a bare file, one made from its header and target).</param>
/// <param name="Columns">The columns, target excluded, with their missing spellings.</param>
/// <param name="Labels">Each row's class index into <see cref="DatasetConfig.Classes"/>.</param>
/// <param name="Declared">Declared kind per column name; a name absent here is not in the config.</param>
/// <param name="HasConfig">Whether a config declared the columns (else every kind is inferred and nothing is "absent from the config").</param>
/// <param name="Fingerprint">The dataset fingerprint.</param>
public sealed record ProfileInput(
    string Source,
    DatasetConfig Config,
    IReadOnlyList<ProfileColumn> Columns,
    int[] Labels,
    IReadOnlyDictionary<string, ColumnKind> Declared,
    bool HasConfig,
    string Fingerprint)
{
    /// <summary>For a numeric (regression) target, each row's value; <see cref="Labels"/> are then its quintiles. Null for a classifier.</summary>
    public double[]? TargetValues { get; init; }

    /// <summary>Number of rows.</summary>
    public int RowCount => Labels.Length;
}
