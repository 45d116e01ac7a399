using System.Globalization;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Columnar;
using CiCd.Errors;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Predictions;

namespace CiCd.Monitoring.Current;

/// <summary>
/// A current CSV (or Parquet) file read once into typed columns: the reference's columns and the prediction columns
/// (<c>p_&lt;class&gt;</c>, or a regression's <c>predicted</c>), with no string per cell. A feature is held as a float
/// and widened as the reference profile's own numbers are (<see cref="DatasetColumns.Widen"/>), so the figures equal
/// <see cref="CsvCurrentData"/>'s for values with up to 7 significant digits. Predictions keep every digit (a scorer
/// writes doubles in round-trip form): they are read as dictionary-coded texts and each distinct text parsed once.
/// </summary>
public sealed class ColumnarCurrentData : ICurrentData
{
    // The reader wants a target; a name no header can hold keeps every real column a feature.
    private const string NoTarget = "\0";
    private readonly ColumnarTable _table;
    private readonly PredictionColumn[]? _probabilities;
    private readonly PredictionColumn? _value;
    private readonly PredictionSpec? _spec;

    private ColumnarCurrentData(ColumnarTable table, PredictionSpec? spec)
    {
        _table = table;
        _spec = spec;
        if (spec is { IsRegression: true })
        {
            _value = PredictionColumns.ValueColumns.Select(name => PredictionColumn.Of(table.Column(name))).FirstOrDefault(c => c is not null);
        }
        else if (spec is not null)
        {
            var columns = spec.Classes.Select(c => PredictionColumn.Of(table.Column(PredictionColumns.ProbabilityOf(c)))).OfType<PredictionColumn>().ToArray();
            _probabilities = columns.Length == spec.Classes.Count ? columns : null;
        }
    }

    /// <summary>Reads <paramref name="path"/> for the reference's <paramref name="schema"/>; <paramref name="spec"/> (the model's classes) enables predictions.</summary>
    public static ColumnarCurrentData Read(string path, IReadOnlyList<SchemaColumn> schema, PredictionSpec? spec)
    {
        var declared = schema.Select(c => Spec(c.Name, c.Kind == Profiles.ColumnKind.Numeric)).ToList();
        var names = declared.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var predictions = spec is null ? []
            : spec.IsRegression ? [.. PredictionColumns.ValueColumns]
            : spec.Classes.Select(PredictionColumns.ProbabilityOf).ToList();
        declared.AddRange(predictions.Where(names.Add).Select(name => Spec(name, false)));
        var config = new DatasetConfig(Path.GetFileNameWithoutExtension(path), path, NoTarget, TaskKind.Multiclass, null, [], declared);
        var table = ColumnarReader.Read(path, config);
        foreach (var column in schema.Where(c => c.Kind == Profiles.ColumnKind.Numeric))
        {
            // The strict path's message, at the first cell that is not a number (columns in reference order).
            if (table.Column(column.Name) is { NotNumberRows: [var row, ..] } values)
            {
                throw new InputException(table.File, table.Lines[row], values.Index + 1,
                    $"'{values.FirstNotNumber}' {NumberText.NotFeatureReason(values.FirstNotNumber!)}, but column '{column.Name}' is numeric in the reference");
            }
            // Features are held as floats: a Parquet float column may still hold an infinity, which would be counted as missing.
            if (table.Column(column.Name) is { Numbers: { } numbers } read && Array.FindIndex(numbers, float.IsInfinity) is >= 0 and var beyond)
            {
                throw new InputException(table.File, table.Lines[beyond], read.Index + 1,
                    $"a number beyond ±3.4e38 in column '{column.Name}', which features are read as (32-bit floats)");
            }
        }
        foreach (var name in predictions)
        {
            PredictionColumn.Check(table, name, probability: spec is { IsRegression: false });
        }
        return new ColumnarCurrentData(table, spec);
    }

    /// <inheritdoc />
    public string Source => _table.File;

    /// <inheritdoc />
    public int RowCount => _table.RowCount;

    /// <inheritdoc />
    public IReadOnlyList<string> ColumnNames => _table.Header;

    /// <inheritdoc />
    public DateTimeOffset? TimeOf(int row) => null;

    /// <inheritdoc />
    public string KeyOf(int row) => (row + 1).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public IReadOnlyList<DataColumn> Columns(IReadOnlyList<SchemaColumn> schema, IReadOnlyList<int> rows)
    {
        var columns = new List<DataColumn>();
        foreach (var column in schema)
        {
            if (_table.Column(column.Name) is not { } values)
            {
                continue;
            }
            columns.Add(values.Numbers is { } numbers
                ? new NumericColumn(column.Name, Numbers(numbers, rows))
                : new CategoricalColumn(column.Name, Texts(values, rows)));
        }
        return columns;
    }

    /// <inheritdoc />
    public PredictedRow? PredictionOf(int row)
    {
        if (_value is not null)
        {
            var value = _value.At(row);
            return double.IsNaN(value) ? null : PredictedRow.Number(value);
        }
        if (_probabilities is null)
        {
            return null;
        }
        var probabilities = new double[_probabilities.Length];
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] = _probabilities[i].At(row);
        }
        return _spec!.FromProbabilities(probabilities, null);
    }

    private static double[] Numbers(float[] numbers, IReadOnlyList<int> rows)
    {
        var values = new double[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = DatasetColumns.Widen(numbers[rows[i]]);
        }
        return values;
    }

    private static string?[] Texts(ColumnValues values, IReadOnlyList<int> rows)
    {
        var codes = values.Codes!;
        var texts = new string?[rows.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            var code = codes[rows[i]];
            texts[i] = code < 0 ? null : values.Levels[code];
        }
        return texts;
    }

    private static ColumnSpec Spec(string name, bool numeric) =>
        new(name, numeric ? ColumnKind.Numeric : ColumnKind.Categorical, [], [], null, 1, Severity.Warning);
}
