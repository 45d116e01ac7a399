using CiCd.Configuration;

namespace CiCd.Init;

/// <summary>What <c>mlops init</c> was asked: the CSV to describe, its target, and the optional task and positive class.</summary>
/// <param name="DataPath">The CSV file (an ARFF file is converted to a CSV first).</param>
/// <param name="Target">The label column.</param>
/// <param name="Task">Binary or multiclass; null: binary for two classes, multiclass for more.</param>
/// <param name="PositiveClass">For binary tasks; null: the minority class.</param>
/// <param name="ConfigPath">Where the config will be written (the data path is written relative to its folder).</param>
/// <param name="DeclaredLevels">
/// Each column's levels as its source declares them (an ARFF file's nominal attributes), in declared order: the column's
/// domain, which the rows may show only part of. Null or absent: only the levels the rows hold are known.
/// </param>
public sealed record InitRequest(
    string DataPath, string Target, TaskKind? Task, string? PositiveClass, string ConfigPath,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? DeclaredLevels = null);
