namespace CiCd.Data.Profiling;

/// <summary>
/// How missing values are written in the file, per column: the reader's missing markers (an empty field, <c>?</c>),
/// counted by the columnar reader as it types the cells, and texts that look like a marker but are read as values
/// (<c>NA</c>, <c>null</c>…), counted from the column's levels, so no cell is read twice.
/// </summary>
public static class MissingSpellings
{
    /// <summary>Texts other tools read as missing but this reader keeps as a value: listed so the report can warn.</summary>
    public static IReadOnlySet<string> LookAlikes { get; } =
        new HashSet<string>(["NA", "N/A", "NaN", "nan", "null", "NULL", "None", "-", "n/a", "#N/A"], StringComparer.Ordinal);

    /// <summary>Each missing or look-alike spelling of a column with its count (empty fields as <c>""</c>).</summary>
    public static IReadOnlyDictionary<string, int> Of(ProfileColumn column, int empty, int questionMarks)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (empty > 0)
        {
            counts[""] = empty;
        }
        if (questionMarks > 0)
        {
            counts["?"] = questionMarks;
        }
        if (column.Codes is null || !column.Levels.Any(LookAlikes.Contains))
        {
            return counts;
        }
        var rows = column.LevelCounts();
        for (var level = 0; level < column.Levels.Count; level++)
        {
            if (rows[level] > 0 && LookAlikes.Contains(column.Levels[level]))
            {
                counts[column.Levels[level]] = rows[level];
            }
        }
        return counts;
    }
}
