using CiCd.Configuration;
using CiCd.Serving.Input;
using CiCd.Serving.Model;
using Microsoft.ML;

namespace CiCd.Serving.Scoring;

/// <summary>
/// Chooses how a loaded model is scored: compiled trees when the model is a tree ensemble the compiled path reproduces
/// (calibrated binary, or regression) and it gives ML.NET's answers bit for bit on probe rows, else ML.NET's row mapper,
/// which scores any model.
/// </summary>
internal sealed class ScorerFactory
{
    /// <summary>What <see cref="Kind"/> says for compiled trees.</summary>
    public const string CompiledTrees = "compiled trees";

    /// <summary>What <see cref="Kind"/> says for ML.NET's row mapper.</summary>
    public const string RowMapper = "ML.NET row mapper";

    private const int ProbeRows = 256;

    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly int[] _featureIndexes;
    private readonly TaskKind _task;
    private readonly ForestModel? _forest;

    public ScorerFactory(ITransformer model, DataViewSchema inputSchema, int[] featureIndexes, TaskKind task, FeatureSchema schema)
    {
        _model = model;
        _inputSchema = inputSchema;
        _featureIndexes = featureIndexes;
        _task = task;
        _forest = task is TaskKind.Binary or TaskKind.Regression ? CompiledIfExact(schema) : null;
    }

    /// <summary>Which path <see cref="Create"/> builds.</summary>
    public string Kind => _forest is null ? RowMapper : CompiledTrees;

    /// <summary>A new scorer (each holds buffers, so one per concurrent user).</summary>
    public IScorer Create()
    {
        var exact = new RowScorer(_model, _inputSchema, _featureIndexes, _task);
        return _forest is null ? exact : new ForestScorer(_forest, _inputSchema, _featureIndexes, exact);
    }

    // A last guard for model shapes the tests never saw: any difference from ML.NET on varied rows keeps ML.NET. A model
    // that cannot score at all is left to the loader's warm-up, which names the failure.
    private ForestModel? CompiledIfExact(FeatureSchema schema)
    {
        try
        {
            return ForestModel.TryCreate(_model, _inputSchema, _task) is { } forest && ScoresAlike(forest, schema) ? forest : null;
        }
        catch (Exception e) when (ModelLoadFailure.IsKnown(e))
        {
            return null;
        }
    }

    private bool ScoresAlike(ForestModel forest, FeatureSchema schema)
    {
        var rows = ProbeRowsOf(schema);
        var expected = new double[rows.Count * forest.Outputs];
        var actual = new double[rows.Count * forest.Outputs];
        using var exact = new RowScorer(_model, _inputSchema, _featureIndexes, _task);
        exact.Score(rows, 0, rows.Count, expected);
        using var compiled = new ForestScorer(forest, _inputSchema, _featureIndexes, new RowScorer(_model, _inputSchema, _featureIndexes, _task));
        compiled.Score(rows, 0, rows.Count, actual);
        return expected.AsSpan().SequenceEqual(actual);
    }

    // Every category in turn and numbers spread over several magnitudes, from a fixed seed.
    private static List<FeatureRow> ProbeRowsOf(FeatureSchema schema)
    {
        var random = new Random(17);
        var rows = new List<FeatureRow>(ProbeRows);
        for (var r = 0; r < ProbeRows; r++)
        {
            var row = new FeatureRow(schema.Features.Count);
            for (var f = 0; f < schema.Features.Count; f++)
            {
                var categories = schema.Features[f].Categories;
                row.Texts[f] = categories.Count > 0 ? categories[(r + f) % categories.Count] : null;
                row.Numbers[f] = (float)((random.NextDouble() - 0.25) * Math.Pow(10, random.Next(0, 5)));
            }
            rows.Add(row);
        }
        return rows;
    }
}
