namespace CiCd.Data.Arff;

/// <summary>What <c>mlops data import</c> did: source, target file, rows, columns and the CSV's sha256.</summary>
public sealed record ImportResult(string Source, string Output, string Relation, int Rows, IReadOnlyList<ImportedColumn> Columns, string Sha256);
