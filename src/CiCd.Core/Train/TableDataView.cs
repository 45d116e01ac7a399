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

    /// <summary>Wraps <paramref name="columns"/>; <paramref name="labels"/> are class indexes (null when scoring).</summary>
    public TableDataView(IReadOnlyList<DatasetColumn> columns, int rows, int[]? labels, int classCount)
    {
        _columns = columns;
        _rows = rows;
        _labels = labels;
        _classCount = classCount;
        var builder = new DataViewSchema.Builder();
        foreach (var column in columns)
        {
            builder.AddColumn(column.Name, column.Numbers is not null ? NumberDataViewType.Single : TextDataViewType.Instance);
        }
        if (labels is not null)
        {
            builder.AddColumn(ColumnNames.Label, classCount == 2 ? BooleanDataViewType.Instance : new KeyDataViewType(typeof(uint), classCount));
        }
        Schema = builder.ToSchema();
    }

    /// <summary>Wraps <paramref name="columns"/> with a numeric <c>Label</c> (regression; already transformed when the config says so).</summary>
    public TableDataView(IReadOnlyList<DatasetColumn> columns, int rows, float[] targets)
        : this(columns, rows, null, 0)
    {
        _targets = targets;
        var builder = new DataViewSchema.Builder();
        builder.AddColumns(Schema);
        builder.AddColumn(ColumnNames.Label, NumberDataViewType.Single);
        Schema = builder.ToSchema();
    }

    /// <summary>A view of a whole dataset, labels included.</summary>
    public static TableDataView Of(Dataset dataset) => dataset.Targets is { } targets
        ? new(dataset.Columns, dataset.RowCount, Regression.TargetScale.Forward(dataset.TargetTransform, targets))
        : new(dataset.Columns, dataset.RowCount, dataset.Labels, dataset.Config.Classes.Count);

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
                ValueGetter<float> numeric = (ref float value) => value = numbers[_row];
                return (ValueGetter<TValue>)(object)numeric;
            }
            var texts = data.Texts!;
            ValueGetter<ReadOnlyMemory<char>> text = (ref ReadOnlyMemory<char> value) => value = (texts[_row] ?? "").AsMemory();
            return (ValueGetter<TValue>)(object)text;
        }

        private Delegate LabelGetter()
        {
            if (view._targets is { } targets)
            {
                return (ValueGetter<float>)((ref float value) => value = targets[_row]);
            }
            var labels = view._labels!;
            if (view._classCount == 2)
            {
                return (ValueGetter<bool>)((ref bool value) => value = labels[_row] == 1);
            }
            // Key values are 1-based; 0 means missing.
            return (ValueGetter<uint>)((ref uint value) => value = (uint)labels[_row] + 1);
        }
    }
}
