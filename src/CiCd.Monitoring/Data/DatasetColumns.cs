using System.Globalization;
using CiCd.Data;

namespace CiCd.Monitoring.Data;

/// <summary>
/// The columns drift detection reads, taken from a dataset already in memory instead of re-reading its file.
/// A float is widened to the double its shortest text denotes (0.1f → 0.1, not 0.10000000149), so a
/// reference value equals the same number read from a current CSV; whole numbers are widened directly.
/// </summary>
public static class DatasetColumns
{
    /// <summary>The schema's columns the dataset has, at <paramref name="rows"/> (all rows when null).</summary>
    public static IReadOnlyList<DataColumn> Read(Dataset data, IEnumerable<SchemaColumn> schema, IReadOnlyList<int>? rows = null)
    {
        var picked = rows ?? Enumerable.Range(0, data.RowCount).ToArray();
        var byName = data.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var columns = new List<DataColumn>();
        foreach (var column in schema)
        {
            if (!byName.TryGetValue(column.Name, out var values))
            {
                continue;
            }
            columns.Add(values.Numbers is { } numbers
                ? new NumericColumn(column.Name, [.. picked.Select(r => Widen(numbers[r]))])
                : new CategoricalColumn(column.Name, [.. picked.Select(r => values.Texts![r])]));
        }
        return columns;
    }

    /// <summary>The double a stored float stands for: itself when whole, else the value of its round-trip text.</summary>
    public static double Widen(float value)
    {
        if (float.IsNaN(value) || value == MathF.Round(value))
        {
            return value;
        }
        // On the stack: drift widens every current cell, and a string per cell was most of its time at a million rows.
        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture);
        return double.Parse(text[..written], CultureInfo.InvariantCulture);
    }
}
