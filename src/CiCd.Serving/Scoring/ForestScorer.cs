using Microsoft.ML;
using Microsoft.ML.Data;

namespace CiCd.Serving.Scoring;

/// <summary>
/// Scores a tree-ensemble model (binary or regression) a block of rows at a time: ML.NET's featurizer maps each row to
/// its feature vector, stored dense (ML.NET's own trees look every feature up in the sparse one-hot vector), then the
/// compiled kernel walks all trees for the block and the model turns sums into probabilities or values. A row whose features hold
/// a NaN goes to ML.NET's own scorer, whose missing-value rules the kernel does not reproduce.
/// </summary>
internal sealed class ForestScorer : IScorer
{
    // 128 rows of ~60 features stay within the L1 data cache while every tree walks over them.
    private const int BlockRows = 128;

    private readonly ForestModel _forest;
    private readonly FeedRow _input;
    private readonly DataViewRow _output;
    private readonly ValueGetter<VBuffer<float>> _features;
    private readonly RowScorer _exact;
    private readonly float[] _block;
    private readonly double[] _sums = new double[BlockRows];
    private readonly bool[] _missing = new bool[BlockRows];
    private VBuffer<float> _buffer;

    public ForestScorer(ForestModel forest, DataViewSchema inputSchema, int[] featureIndexes, RowScorer exact)
    {
        _forest = forest;
        _exact = exact;
        _input = new FeedRow(inputSchema, featureIndexes);
        var mapper = forest.Featurizer.GetRowToRowMapper(inputSchema);
        var column = mapper.OutputSchema[forest.FeatureColumn];
        _output = mapper.GetRow(_input, [column]);
        _features = _output.GetGetter<VBuffer<float>>(column);
        _block = new float[BlockRows * forest.Kernel.Width];
    }

    public void Score(IReadOnlyList<FeatureRow> rows, int start, int count, Span<double> probabilities)
    {
        var width = _forest.Kernel.Width;
        var outputs = _forest.Outputs;
        for (var done = 0; done < count; done += BlockRows)
        {
            var size = Math.Min(BlockRows, count - done);
            for (var i = 0; i < size; i++)
            {
                _input.Load(rows[start + done + i]);
                _features(ref _buffer);
                var features = _block.AsSpan(i * width, width);
                _buffer.CopyTo(features);
                _missing[i] = HasNaN(features);
            }
            _forest.Kernel.Sum(_block, size, _sums);
            for (var i = 0; i < size; i++)
            {
                var into = probabilities.Slice((done + i) * outputs, outputs);
                if (_missing[i])
                {
                    _exact.Score(rows, start + done + i, 1, into);
                    continue;
                }
                _forest.Write(_sums[i], into);
            }
        }
    }

    public void Dispose()
    {
        _output.Dispose();
        _input.Dispose();
        _exact.Dispose();
    }

    private static bool HasNaN(ReadOnlySpan<float> features)
    {
        foreach (var value in features)
        {
            if (float.IsNaN(value))
            {
                return true;
            }
        }
        return false;
    }
}
