namespace CiCd.Data.Profiling;

/// <summary>
/// How missing values are written in the file, per column: the reader's missing markers (an empty field, <c>?</c>) and
/// texts that look like a marker but are read as values (<c>NA</c>, <c>null</c>…). The one place the profile reads raw
/// fields rather than the typed <see cref="Dataset"/>, because typing erases the spelling.
/// </summary>
public static class MissingSpellings
{
    /// <summary>Texts other tools read as missing but this reader keeps as a value: listed so the report can warn.</summary>
    public static IReadOnlySet<string> LookAlikes { get; } =
        new HashSet<string>(["NA", "N/A", "NaN", "nan", "null", "NULL", "None", "-", "n/a", "#N/A"], StringComparer.Ordinal);

    /// <summary>For each named column, each missing or look-alike spelling with its count (empty fields as <c>""</c>).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Gather(CsvTable table, IEnumerable<string> columns)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var name in columns)
        {
            var index = table.IndexOf(name);
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            if (index >= 0)
            {
                foreach (var row in table.Rows)
                {
                    var field = row.Values[index]?.Trim() ?? "";
                    if (MissingValues.IsMissing(field) || LookAlikes.Contains(field))
                    {
                        counts[field] = counts.GetValueOrDefault(field) + 1;
                    }
                }
            }
            result[name] = counts;
        }
        return result;
    }
}
