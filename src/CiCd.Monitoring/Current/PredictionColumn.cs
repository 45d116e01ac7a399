using CiCd.Data;
using CiCd.Data.Columnar;
using CiCd.Errors;
using CiCd.Monitoring.Data;

namespace CiCd.Monitoring.Current;

/// <summary>
/// A prediction column of a current file at full precision: read as dictionary codes, each distinct text parsed once
/// (NaN where missing or not a number). A column the schema also declares numeric is a float, widened.
/// </summary>
internal sealed class PredictionColumn
{
    private readonly ColumnValues _values;
    private readonly double[] _byCode;

    private PredictionColumn(ColumnValues values)
    {
        _values = values;
        _byCode = values.Codes is null ? [] : [.. values.Levels.Select(l => NumberText.TryParse(l, out var v) ? v : double.NaN)];
    }

    /// <summary>The column read, or null when the file lacks it.</summary>
    public static PredictionColumn? Of(ColumnValues? values) => values is null ? null : new(values);

    /// <summary>
    /// Fails on the first cell of the prediction column <paramref name="name"/> that is not a number, or for a
    /// <paramref name="probability"/> not in [0, 1]: such a cell was not written by the model's scorer, and counting it as
    /// a missing prediction would change the prediction drift without a word. Missing cells stay missing.
    /// </summary>
    public static void Check(ColumnarTable table, string name, bool probability)
    {
        if (table.Column(name) is not { Codes: { } codes } values)
        {
            return;
        }
        var bad = values.Levels.Select(l => !NumberText.TryParse(l, out var v) || (probability && v is < 0 or > 1)).ToArray();
        if (Array.FindIndex(codes, code => code >= 0 && bad[code]) is >= 0 and var row)
        {
            throw new InputException(table.File, table.Lines[row], values.Index + 1,
                $"'{values.RawLevel(codes[row])}' in the prediction column '{name}' is not {(probability ? "a probability (a number from 0 to 1)" : "a number")}");
        }
    }

    /// <summary>The number at <paramref name="row"/>.</summary>
    public double At(int row)
    {
        if (_values.Numbers is { } numbers)
        {
            return DatasetColumns.Widen(numbers[row]);
        }
        var code = _values.Codes![row];
        return code < 0 ? double.NaN : _byCode[code];
    }
}
