using System.Globalization;
using CiCd.Data;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Predictions;

namespace CiCd.Monitoring.Current;

/// <summary>
/// A CSV of current inputs. When it also has a <c>p_&lt;class&gt;</c> column per class (a batch-scored
/// file, as in test-predictions.csv) those are the predictions, for a regression its <c>predicted</c> column;
/// labels join on the 1-based data row.
/// </summary>
public sealed class CsvCurrentData : ICurrentData
{
    private readonly CsvTable _table;
    private readonly int[]? _probabilityColumns;
    private readonly int _valueColumn = -1;
    private readonly PredictionSpec? _spec;

    /// <summary>Wraps a read table; <paramref name="spec"/> (the model's classes and threshold) enables predictions.</summary>
    public CsvCurrentData(CsvTable table, PredictionSpec? spec)
    {
        _table = table;
        _spec = spec;
        if (spec is { IsRegression: true })
        {
            _valueColumn = PredictionColumns.ValueColumns.Select(table.IndexOf).FirstOrDefault(i => i >= 0, -1);
        }
        else if (spec is not null)
        {
            var indexes = spec.Classes.Select(c => table.IndexOf(PredictionColumns.ProbabilityOf(c))).ToArray();
            _probabilityColumns = indexes.All(i => i >= 0) ? indexes : null;
        }
    }

    /// <inheritdoc />
    public string Source => _table.File;

    /// <inheritdoc />
    public int RowCount => _table.Rows.Count;

    /// <inheritdoc />
    public IReadOnlyList<string> ColumnNames => _table.Header;

    /// <inheritdoc />
    public DateTimeOffset? TimeOf(int row) => null;

    /// <inheritdoc />
    public string KeyOf(int row) => (row + 1).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public IReadOnlyList<DataColumn> Columns(IReadOnlyList<SchemaColumn> schema, IReadOnlyList<int> rows) =>
        TableColumns.Read(_table, schema, rows);

    /// <inheritdoc />
    public PredictedRow? PredictionOf(int row)
    {
        if (_valueColumn >= 0)
        {
            return _table.Rows[row].Values[_valueColumn] is { } text && NumberText.TryParse(text, out var value) ? PredictedRow.Number(value) : null;
        }
        if (_probabilityColumns is null)
        {
            return null;
        }
        var values = _table.Rows[row].Values;
        var probabilities = new double[_probabilityColumns.Length];
        for (var i = 0; i < probabilities.Length; i++)
        {
            var field = values[_probabilityColumns[i]];
            probabilities[i] = field is not null && NumberText.TryParse(field, out var p) ? p : double.NaN;
        }
        return _spec!.FromProbabilities(probabilities, null);
    }
}
