using System.Text.Json.Serialization;

namespace CiCd.Data.Profiling;

/// <summary>The data set at a glance.</summary>
/// <param name="Rows">Data rows.</param>
/// <param name="Columns">Columns profiled (features, ignored and undeclared ones; the target counted apart).</param>
/// <param name="ColumnsByKind">Columns per inferred kind.</param>
/// <param name="MissingCells">Missing values over all profiled columns.</param>
/// <param name="MissingShare">Missing cells over all cells.</param>
/// <param name="DuplicateRows">Rows identical to an earlier row (every profiled column and the target).</param>
/// <param name="MemoryBytes">Estimated bytes of the typed columns in memory.</param>
/// <param name="Fingerprint">The dataset fingerprint, as <c>mlops data validate</c> and training record it.</param>
public sealed record ProfileOverview(
    int Rows,
    int Columns,
    IReadOnlyDictionary<string, int> ColumnsByKind,
    long MissingCells,
    double MissingShare,
    int DuplicateRows,
    long MemoryBytes,
    string Fingerprint)
{
    /// <summary>Of those columns, the binary ones (two distinct values, whatever their kind).</summary>
    public int BinaryColumns { get; init; }

    /// <summary>The columns per kind as the reports print them, binary ones counted apart at the end.</summary>
    [JsonIgnore]
    public string KindsText => string.Join(", ", ColumnsByKind.Select(k => $"{k.Value} {k.Key}"))
        + (BinaryColumns > 0 ? $"; {BinaryColumns} of them binary" : "");
}
