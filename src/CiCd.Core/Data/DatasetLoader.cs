using CiCd.Configuration;
using CiCd.Errors;

namespace CiCd.Data;

/// <summary>
/// Turns a CSV table into a typed <see cref="Dataset"/> following the declared schema. Strict: a missing
/// column, a value that is not a number, or an unknown or missing class is an <see cref="InputException"/>
/// naming the file, line and column. (<c>mlops data validate</c> reports the same problems as rules instead.)
/// </summary>
public static class DatasetLoader
{
    /// <summary>Reads the configured file and types it.</summary>
    public static Dataset Load(DatasetConfig config) => Load(CsvReader.Read(config), config);

    /// <summary>Types an already-read table.</summary>
    public static Dataset Load(CsvTable table, DatasetConfig config)
    {
        if (config.Task == TaskKind.Regression)
        {
            return Regression.RegressionDatasetLoader.Load(table, config, spec => ReadColumn(table, spec));
        }
        var labelIndex = RequireColumn(table, config.Target);
        var labels = new int[table.Rows.Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var value = table.Rows[r].Values[labelIndex];
            var index = MissingValues.IsMissing(value) ? -1 : IndexOf(config.Classes, value!.Trim());
            labels[r] = index >= 0 ? index : throw new InputException(table.File, table.Rows[r].Line, labelIndex + 1,
                MissingValues.IsMissing(value)
                    ? $"the target '{config.Target}' is missing"
                    : $"target '{config.Target}' has class '{value}', not one of {string.Join(", ", config.Classes)}");
        }
        var columns = config.Features.Select(spec => ReadColumn(table, spec)).ToList();
        var present = labels.Distinct().Count();
        if (present < 2)
        {
            throw new InputException(table.File, table.Rows[0].Line, labelIndex + 1,
                $"target '{config.Target}' holds only class '{config.Classes[labels[0]]}' in {labels.Length} rows; a classifier needs at least two classes");
        }
        return new Dataset(config, columns, labels, table.Rows.Select(r => r.Line).ToArray());
    }

    private static DatasetColumn ReadColumn(CsvTable table, ColumnSpec spec)
    {
        var index = RequireColumn(table, spec.Name);
        if (!spec.IsNumeric)
        {
            return new DatasetColumn(spec, null, table.Rows.Select(r => MissingValues.IsMissing(r.Values[index]) ? null : r.Values[index]!.Trim()).ToArray());
        }
        var numbers = new float[table.Rows.Count];
        for (var r = 0; r < numbers.Length; r++)
        {
            var field = table.Rows[r].Values[index];
            if (MissingValues.IsMissing(field))
            {
                numbers[r] = float.NaN;
            }
            else if (NumberText.TryParse(field!, out var value))
            {
                numbers[r] = (float)value;
            }
            else
            {
                throw new InputException(table.File, table.Rows[r].Line, index + 1, $"'{field}' is not a number, but column '{spec.Name}' is numeric");
            }
        }
        return new DatasetColumn(spec, numbers, null);
    }

    private static int RequireColumn(CsvTable table, string name)
    {
        var index = table.IndexOf(name);
        return index >= 0 ? index : throw new InputException(table.File, 1, null,
            $"column '{name}' is declared in the config but not in the header ({string.Join(", ", table.Header)})");
    }

    private static int IndexOf(IReadOnlyList<string> classes, string value)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (string.Equals(classes[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
