namespace CiCd.Comparison;

/// <summary>Lines up named values from several columns (runs, model versions) row by row.</summary>
public static class SideBySide
{
    /// <summary>One row per metric name found in any column, sorted by name; a missing value is null.</summary>
    public static IReadOnlyList<SideBySideRow<double?>> Numbers(IReadOnlyList<IReadOnlyDictionary<string, double>> columns) =>
        Align(columns, (column, name) => column.TryGetValue(name, out var value) ? value : (double?)null);

    /// <summary>One row per parameter name found in any column, sorted by name; a missing value is null.</summary>
    public static IReadOnlyList<SideBySideRow<string?>> Texts(IReadOnlyList<IReadOnlyDictionary<string, string>> columns) =>
        Align(columns, (column, name) => column.GetValueOrDefault(name));

    private static List<SideBySideRow<TCell>> Align<TValue, TCell>(
        IReadOnlyList<IReadOnlyDictionary<string, TValue>> columns,
        Func<IReadOnlyDictionary<string, TValue>, string, TCell> cell) =>
        columns.SelectMany(c => c.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                var values = columns.Select(c => cell(c, name)).ToArray();
                return new SideBySideRow<TCell>(name, values, values.Distinct().Skip(1).Any());
            })
            .ToList();
}
