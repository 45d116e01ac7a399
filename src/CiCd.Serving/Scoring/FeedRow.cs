using Microsoft.ML;
using Microsoft.ML.Data;

namespace CiCd.Serving.Scoring;

/// <summary>
/// A reusable input row for a row-to-row mapper: it shows whichever <see cref="FeatureRow"/> was loaded last,
/// so one mapped row can score many inputs without building a data view per request (as PredictionEngine does).
/// </summary>
internal sealed class FeedRow(DataViewSchema schema, int[] featureIndexes) : DataViewRow
{
    private FeatureRow? _current;
    private long _position = -1;

    public override DataViewSchema Schema => schema;

    // Transforms cache per position, so every new input must advance it.
    public override long Position => _position;

    public override long Batch => 0;

    public void Load(FeatureRow row)
    {
        _current = row;
        _position++;
    }

    public override bool IsColumnActive(DataViewSchema.Column column) => true;

    public override ValueGetter<DataViewRowId> GetIdGetter() =>
        (ref DataViewRowId value) => value = new DataViewRowId((ulong)_position, 0);

    public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
    {
        var feature = featureIndexes[column.Index];
        if (column.Type is NumberDataViewType)
        {
            ValueGetter<float> number = (ref float value) => value = _current!.Numbers[feature];
            return (ValueGetter<TValue>)(object)number;
        }
        // Missing text is empty, exactly as the training view presents it.
        ValueGetter<ReadOnlyMemory<char>> text = (ref ReadOnlyMemory<char> value) => value = (_current!.Texts[feature] ?? "").AsMemory();
        return (ValueGetter<TValue>)(object)text;
    }
}
