using CiCd.Configuration;

namespace CiCd.Data.Arff;

/// <summary>What <c>mlops data import</c> did: source, target file, rows, columns and the CSV's sha256.</summary>
public sealed record ImportResult(string Source, string Output, string Relation, int Rows, IReadOnlyList<ImportedColumn> Columns, string Sha256)
{
    /// <summary>Each nominal attribute's levels in the order the header declares them: the column's domain, not just what the rows hold.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DeclaredLevels() =>
        Columns.Where(c => c.Kind == ColumnKind.Categorical).ToDictionary(c => c.Name, c => c.Categories, StringComparer.Ordinal);

    /// <summary>
    /// The ARFF line of each row, when the CSV holds each row on one line (after its header), so that a CSV line maps
    /// back; empty when a value spans lines.
    /// </summary>
    public IReadOnlyList<int> RowLines { get; init; } = [];

    /// <summary>The ARFF line a line of the converted CSV came from, or null (the header, or rows not one a line).</summary>
    public int? SourceLine(int csvLine) => csvLine - 2 is var row && row >= 0 && row < RowLines.Count ? RowLines[row] : null;
}
