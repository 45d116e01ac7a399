using CiCd.Configuration;

namespace CiCd.Data.Arff;

/// <summary>What <c>mlops data import</c> did: source, target file, rows, columns and the CSV's sha256.</summary>
public sealed record ImportResult(string Source, string Output, string Relation, int Rows, IReadOnlyList<ImportedColumn> Columns, string Sha256)
{
    /// <summary>Each nominal attribute's levels in the order the header declares them: the column's domain, not just what the rows hold.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DeclaredLevels() =>
        Columns.Where(c => c.Kind == ColumnKind.Categorical).ToDictionary(c => c.Name, c => c.Categories, StringComparer.Ordinal);
}
