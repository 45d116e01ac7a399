using CiCd.Configuration;
using CiCd.Data.Columnar;

namespace CiCd.Data.Profiling;

/// <summary>
/// One column as the profiler reads it, straight from the columnar reader: floats (NaN where missing) for a column
/// read as numbers, or dictionary codes into <see cref="Levels"/> (-1 where missing) for one read as texts, so a
/// wide text file costs one code per cell and each distinct text is looked at once.
/// </summary>
/// <param name="Spec">The column's spec (undeclared columns: categorical).</param>
/// <param name="Numbers">One float per row, or null for a text column.</param>
/// <param name="Codes">One level code per row (-1: missing), or null for a numeric column.</param>
/// <param name="Levels">The distinct texts of a text column.</param>
/// <param name="Spellings">How missing values (and look-alikes such as <c>NA</c>) were written, with their counts.</param>
public sealed record ProfileColumn(ColumnSpec Spec, float[]? Numbers, int[]? Codes, IReadOnlyList<string> Levels,
    IReadOnlyDictionary<string, int> Spellings)
{
    /// <summary>The column name.</summary>
    public string Name => Spec.Name;

    /// <summary>Rows of each level of a text column (empty for a numeric one).</summary>
    public int[] LevelCounts()
    {
        var counts = new int[Levels.Count];
        foreach (var code in Codes ?? [])
        {
            if (code >= 0)
            {
                counts[code]++;
            }
        }
        return counts;
    }

    /// <summary>A typed column already in memory (the training rows): texts are coded here; missing values count as empty fields, their spelling being gone.</summary>
    public static ProfileColumn Of(DatasetColumn column)
    {
        if (column.Numbers is { } numbers)
        {
            return Spelled(new(column.Spec, numbers, null, [], new Dictionary<string, int>()), numbers.Count(float.IsNaN), 0);
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var levels = new List<string>();
        var texts = column.Texts!;
        var codes = new int[texts.Length];
        var missing = 0;
        for (var r = 0; r < texts.Length; r++)
        {
            if (texts[r] is not { } text)
            {
                codes[r] = -1;
                missing++;
                continue;
            }
            if (!index.TryGetValue(text, out var code))
            {
                index[text] = code = levels.Count;
                levels.Add(text);
            }
            codes[r] = code;
        }
        return Spelled(new(column.Spec, null, codes, levels, new Dictionary<string, int>()), missing, 0);
    }

    /// <summary>A column as the columnar reader typed it (a declared numeric column must hold only numbers by now).</summary>
    internal static ProfileColumn Of(ColumnValues values, ColumnSpec spec) =>
        Spelled(new(spec, values.Numbers, values.Codes, values.Levels, new Dictionary<string, int>()),
            values.MissingRows.Count - values.MissingAsQuestionMark, values.MissingAsQuestionMark);

    private static ProfileColumn Spelled(ProfileColumn column, int empty, int questionMarks) =>
        column with { Spellings = MissingSpellings.Of(column, empty, questionMarks) };
}
