using CiCd.Configuration;
using CiCd.Train.Trainers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CiCd.Serving.Scoring;

/// <summary>
/// Scores one row at a time through a model's row-to-row mapper bound to a <see cref="FeedRow"/>: any model, exactly as ML.NET does
/// (a regression model's output is its raw <c>Score</c>, before the target transform is inverted). Not thread-safe
/// (its buffers are reused): the served model pools them.
/// </summary>
internal sealed class RowScorer : IScorer
{
    private readonly FeedRow _input;
    private readonly ValueGetter<float>? _probability;
    private readonly ValueGetter<float>? _value;
    private readonly ValueGetter<VBuffer<float>>? _scores;
    private VBuffer<float> _buffer;

    public RowScorer(ITransformer model, DataViewSchema inputSchema, int[] featureIndexes, TaskKind task)
    {
        _input = new FeedRow(inputSchema, featureIndexes);
        var mapper = model.GetRowToRowMapper(inputSchema);
        var column = mapper.OutputSchema[task == TaskKind.Binary ? ColumnNames.Probability : ColumnNames.Score];
        var output = mapper.GetRow(_input, [column]);
        if (task == TaskKind.Binary)
        {
            _probability = output.GetGetter<float>(column);
        }
        else if (task == TaskKind.Regression)
        {
            _value = output.GetGetter<float>(column);
        }
        else
        {
            _scores = output.GetGetter<VBuffer<float>>(column);
        }
    }

    public void Score(IReadOnlyList<FeatureRow> rows, int start, int count, Span<double> probabilities)
    {
        var classes = probabilities.Length / Math.Max(count, 1);
        for (var i = 0; i < count; i++)
        {
            Score(rows[start + i], probabilities.Slice(i * classes, classes));
        }
    }

    /// <summary>Writes the class probabilities (regression: the raw output) of <paramref name="row"/> into <paramref name="probabilities"/>.</summary>
    public void Score(FeatureRow row, Span<double> probabilities)
    {
        _input.Load(row);
        if (_probability is not null)
        {
            var positive = 0f;
            _probability(ref positive);
            // The same arithmetic as ModelScorer, so HTTP answers equal in-process ones bit for bit.
            probabilities[0] = 1 - (double)positive;
            probabilities[1] = positive;
            return;
        }
        if (_value is not null)
        {
            var value = 0f;
            _value(ref value);
            // Widened as RegressionScorer widens it, so the inverse transform gives evaluation's numbers bit for bit.
            probabilities[0] = value;
            return;
        }
        _scores!(ref _buffer);
        var values = _buffer.DenseValues().GetEnumerator();
        for (var i = 0; i < probabilities.Length && values.MoveNext(); i++)
        {
            probabilities[i] = values.Current;
        }
    }

    public void Dispose() => _input.Dispose();
}
