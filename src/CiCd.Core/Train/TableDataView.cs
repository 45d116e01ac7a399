using CiCd.Data;
using CiCd.Train.Trainers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CiCd.Train;

/// <summary>
/// Presents typed in-memory columns to ML.NET without copying them: numeric columns as <c>Single</c>,
/// categorical and ordinal ones as text, and (when labels are given) <c>Label</c> as a Boolean for binary
/// tasks or a key over the declared classes for multiclass ones.
/// </summary>
public sealed class TableDataView : IDataView
{
    private readonly IReadOnlyList<DatasetColumn> _columns;
    private readonly int[]? _labels;
    private readonly int _classCount;
    private readonly int _rows;
    private readonly float[]? _targets;
    private readonly int[]? _map;

    /// <summary>Wraps <paramref name="columns"/>; <paramref name="labels"/> are class indexes (null when scoring).</summary>
    public TableDataView(IReadOnlyList<DatasetColumn> columns, int rows, int[]? labels, int classCount)
        : this(columns, rows, labels, classCount, null, null)
    {
    }

    /// <summary>Wraps <paramref name="columns"/> with a numeric <c>Label</c> (regression; already transformed when the config says so).</summary>
    public TableDataView(IReadOnlyList<DatasetColumn> columns, int rows, float[] targets)
        : this(columns, rows, null, 0, targets, null)
    {
    }

    // With a map, view row i is row map[i] of the columns, labels and targets: a fold is a list of row numbers, not a copy.
    private TableDataView(IReadOnlyList<DatasetColumn> columns, int rows, int[]? labels, int classCount, float[]? targets, int[]? map)
    {
        _columns = columns;
        _rows = rows;
        _labels = labels;
        _classCount = classCount;
        _targets = targets;
        _map = map;
        var builder = new DataViewSchema.Builder();
        foreach (var column in columns)
        {
            builder.AddColumn(column.Name, column.Numbers is not null ? NumberDataViewType.Single : TextDataViewType.Instance);
        }
        if (labels is not null)
        {
            builder.AddColumn(ColumnNames.Label, classCount == 2 ? BooleanDataViewType.Instance : new KeyDataViewType(typeof(uint), classCount));
        }
        else if (targets is not null)
        {
            builder.AddColumn(ColumnNames.Label, NumberDataViewType.Single);
        }
        Schema = builder.ToSchema();
    }

    /// <summary>A view of a whole dataset, labels included.</summary>
    public static TableDataView Of(Dataset dataset) => Of(dataset, null);

    /// <summary>
    /// A view of the dataset's <paramref name="rows"/> in that order (all rows when null), labels included, reading the
    /// dataset's own columns: the same rows as <c>Of(dataset.Select(rows))</c> without copying a column per fold.
    /// </summary>
    public static TableDataView Of(Dataset dataset, int[]? rows) => dataset.Targets is { } targets
        ? new(dataset.Columns, rows?.Length ?? dataset.RowCount, null, 0, Regression.TargetScale.Forward(dataset.TargetTransform, targets), rows)
        : new(dataset.Columns, rows?.Length ?? dataset.RowCount, dataset.Labels, dataset.Config.Classes.Count, null, rows);

    /// <inheritdoc />
    public bool CanShuffle => false;

    /// <inheritdoc />
    public DataViewSchema Schema { get; }

    /// <inheritdoc />
    public long? GetRowCount() => _rows;

    /// <inheritdoc />
    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
        new Cursor(this, columnsNeeded.Select(c => c.Index).ToHashSet());

    /// <inheritdoc />
    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded, rand)];

    private sealed class Cursor(TableDataView view, HashSet<int> active) : DataViewRowCursor
    {
        private int _row = -1;

        public override DataViewSchema Schema => view.Schema;

        public override long Position => _row;

        public override long Batch => 0;

        // The row of the underlying columns the cursor stands on.
        private int Row => view._map is { } map ? map[_row] : _row;

        public override bool MoveNext() => ++_row < view._rows;

        public override bool IsColumnActive(DataViewSchema.Column column) => active.Contains(column.Index);

        public override ValueGetter<DataViewRowId> GetIdGetter() =>
            (ref DataViewRowId value) => value = new DataViewRowId((ulong)_row, 0);

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            if (column.Index == view._columns.Count)
            {
                return (ValueGetter<TValue>)(object)LabelGetter();
            }
            var data = view._columns[column.Index];
            if (data.Numbers is { } numbers)
            {
                ValueGetter<float> numeric = (ref float value) => value = numbers[Row];
                return (ValueGetter<TValue>)(object)numeric;
            }
            var texts = data.Texts!;
            ValueGetter<ReadOnlyMemory<char>> text = (ref ReadOnlyMemory<char> value) => value = (texts[Row] ?? "").AsMemory();
            return (ValueGetter<TValue>)(object)text;
        }

        private Delegate LabelGetter()
        {
            if (view._targets is { } targets)
            {
                return (ValueGetter<float>)((ref float value) => value = targets[Row]);
            }
            var labels = view._labels!;
            if (view._classCount == 2)
            {
                return (ValueGetter<bool>)((ref bool value) => value = labels[Row] == 1);
            }
            // Key values are 1-based; 0 means missing.
            return (ValueGetter<uint>)((ref uint value) => value = (uint)labels[Row] + 1);
        }
    }
}
