using CiCd.Data;
using CiCd.Data.Columnar;
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
