using CiCd.Configuration;
using CiCd.Data.Columnar;
using CiCd.Errors;
using CiCd.Formats;

namespace CiCd.Data;

/// <summary>
/// Turns a data file's columns into a typed <see cref="Dataset"/> following the declared schema. Strict: a missing
/// column, a value that is not a number, or an unknown or missing class is an <see cref="InputException"/>
/// naming the file, line and column. (<c>mlops data validate</c> reports the same problems as rules instead.)
/// </summary>
public static class DatasetLoader
{
    /// <summary>Reads the configured file and types it.</summary>
    public static Dataset Load(DatasetConfig config) => Load(ColumnarReader.Read(config), config);

    /// <summary>Types an already-read table.</summary>
    public static Dataset Load(CsvTable table, DatasetConfig config) => Load(ColumnarReader.FromTable(table, config), config);

    /// <summary>Types a table read into columns.</summary>
    public static Dataset Load(ColumnarTable table, DatasetConfig config)
    {
        if (config.Task == TaskKind.Regression)
        {
            return Regression.RegressionDatasetLoader.Load(table, config, spec => Column(table, spec));
        }
        var target = Require(table, config.Target);
        var labels = Labels(table, target, config);
        var columns = config.Features.Select(spec => Column(table, spec)).ToList();
        return new Dataset(config, columns, TwoClasses(table, target, config, labels), table.Lines);
    }

    /// <summary>A classification target's class index per row: every row's class must be one of the config's, and at least two must occur.</summary>
    internal static int[] Labels(ColumnarTable table, DatasetConfig config)
    {
        var target = Require(table, config.Target);
        return TwoClasses(table, target, config, Labels(table, target, config));
    }

    private static int[] TwoClasses(ColumnarTable table, ColumnValues target, DatasetConfig config, int[] labels)
    {
        if (labels.Distinct().Count() < 2)
        {
            throw new InputException(table.File, table.Lines[0], target.Index + 1,
                $"target '{config.Target}' holds only class '{config.Classes[labels[0]]}' in {Counted.Of(labels.Length, "row")}; a classifier needs at least two classes");
        }
        return labels;
    }

    /// <summary>A declared column's values; a numeric one must hold only numbers (else the error names the first cell that does not).</summary>
    internal static ColumnValues Values(ColumnarTable table, ColumnSpec spec)
    {
        var values = Require(table, spec.Name);
        if (spec.IsNumeric && values.NotNumberRows.Count > 0)
        {
            throw new InputException(table.File, table.Lines[values.NotNumberRows[0]], values.Index + 1,
                $"'{values.FirstNotNumber}' {NumberText.NotFeatureReason(values.FirstNotNumber!)}, but column '{spec.Name}' is numeric");
        }
        return values;
    }

    private static int[] Labels(ColumnarTable table, ColumnValues target, DatasetConfig config)
    {
        var classOf = target.Levels.Select(level => IndexOf(config.Classes, level)).ToArray();
        var codes = target.Codes!;
        var labels = new int[table.RowCount];
        for (var r = 0; r < labels.Length; r++)
        {
            var label = codes[r] < 0 ? -1 : classOf[codes[r]];
            labels[r] = label >= 0 ? label : throw new InputException(table.File, table.Lines[r], target.Index + 1, codes[r] < 0
                ? $"the target '{config.Target}' is missing"
                : $"target '{config.Target}' has class '{target.RawLevel(codes[r])}', not one of {string.Join(", ", config.Classes)}");
        }
        return labels;
    }

    private static DatasetColumn Column(ColumnarTable table, ColumnSpec spec)
    {
        var values = Values(table, spec);
        if (!spec.IsNumeric)
        {
            // One string per level, shared by every row holding it.
            var levels = values.Levels;
            return new DatasetColumn(spec, null, Array.ConvertAll(values.Codes!, code => code < 0 ? null : levels[code]));
        }
        return new DatasetColumn(spec, values.Numbers, null);
    }

    private static ColumnValues Require(ColumnarTable table, string name) =>
        table.Column(name) ?? throw new InputException(table.File, 1, null,
            $"column '{name}' is declared in the config but not in the header ({string.Join(", ", table.Header)})");

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
