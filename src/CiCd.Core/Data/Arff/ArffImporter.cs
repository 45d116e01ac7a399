using CiCd.Configuration;
using CiCd.Storage;

namespace CiCd.Data.Arff;

/// <summary>Converts an ARFF file to the project's CSV and proposes a column kind for each attribute.</summary>
public static class ArffImporter
{
    /// <summary>Reads <paramref name="arffPath"/>, writes <paramref name="csvPath"/> atomically, returns what was imported.</summary>
    public static ImportResult Import(string arffPath, string csvPath)
    {
        var dataset = ArffReader.Read(arffPath);
        var header = dataset.Attributes.Select(a => a.Name).ToList();
        CsvWriter.Write(csvPath, header, dataset.Rows);
        var columns = dataset.Attributes
            .Select(a => new ImportedColumn(a.Name, KindOf(a.Type), a.Categories, dataset.Rows.Count(r => r[header.IndexOf(a.Name)] is null)))
            .ToList();
        var oneLineEach = dataset.Rows.All(row => row.All(value => value is null || value.AsSpan().IndexOfAny('\n', '\r') < 0));
        return new ImportResult(arffPath, csvPath, dataset.Relation, dataset.Rows.Count, columns, ContentHash.OfFile(csvPath))
        {
            RowLines = oneLineEach ? dataset.Lines : [],
        };
    }

    private static ColumnKind KindOf(ArffColumnType type) => type switch
    {
        ArffColumnType.Numeric => ColumnKind.Numeric,
        ArffColumnType.Nominal => ColumnKind.Categorical,
        _ => ColumnKind.Ignore,
    };
}
