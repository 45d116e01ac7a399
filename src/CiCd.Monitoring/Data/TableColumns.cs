using CiCd.Data;
using CiCd.Errors;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Data;

/// <summary>Turns a CSV table into the columns drift detection reads, typed by a schema (the config's or the reference profile's).</summary>
public static class TableColumns
{
    /// <summary>
    /// Reads the schema's columns that the table has (a column missing from the table is left out, so the
    /// detector can report it); <paramref name="rows"/> picks data rows by index, all rows when null.
    /// </summary>
    public static IReadOnlyList<DataColumn> Read(CsvTable table, IEnumerable<SchemaColumn> schema, IReadOnlyList<int>? rows = null)
    {
        var picked = rows ?? Enumerable.Range(0, table.Rows.Count).ToArray();
        var columns = new List<DataColumn>();
        foreach (var column in schema)
        {
            var index = table.IndexOf(column.Name);
            if (index >= 0)
            {
                columns.Add(column.Kind == ColumnKind.Numeric
                    ? new NumericColumn(column.Name, Numbers(table, index, picked, column.Name))
                    : new CategoricalColumn(column.Name, [.. picked.Select(r => Text(table.Rows[r].Values[index]))]));
            }
        }
        return columns;
    }

    private static double[] Numbers(CsvTable table, int index, IReadOnlyList<int> rows, string name)
    {
        var values = new double[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var row = table.Rows[rows[i]];
            var field = row.Values[index];
            if (MissingValues.IsMissing(field))
            {
                values[i] = double.NaN;
            }
            else if (!NumberText.TryParse(field!, out values[i]))
            {
                throw new InputException(table.File, row.Line, index + 1, $"'{field}' is not a number, but column '{name}' is numeric in the reference");
            }
        }
        return values;
    }

    private static string? Text(string? field) => MissingValues.IsMissing(field) ? null : field!.Trim();
}
