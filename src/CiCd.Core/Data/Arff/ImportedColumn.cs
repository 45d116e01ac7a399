using CiCd.Configuration;

namespace CiCd.Data.Arff;

/// <summary>One imported attribute: the column kind proposed for mlops.yaml, its categories and missing count.</summary>
public sealed record ImportedColumn(string Name, ColumnKind Kind, IReadOnlyList<string> Categories, int Missing);
