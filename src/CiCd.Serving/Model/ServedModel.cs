using System.Buffers;
using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Serving.Input;
using CiCd.Serving.Scoring;
using CiCd.Train;
using CiCd.Train.Regression;
using Microsoft.Extensions.ObjectPool;

namespace CiCd.Serving.Model;

/// <summary>
/// One loaded, verified and warmed model version with its pool of scorers. Immutable once built: a reload
/// builds a new one and swaps it in, and requests holding this one finish on it.
/// </summary>
public sealed class ServedModel
{
    // Below this many rows per core, splitting a batch costs more than it saves.
    private const int MinRowsPerPart = 512;

    private readonly ObjectPool<IScorer> _scorers;

    internal ServedModel(ModelCard card, ModelIdentity identity, string source, FeatureSchema schema, ObjectPool<IScorer> scorers,
        RegistryOrigin? registry = null)
    {
        Registry = registry;
        Card = card;
        Identity = identity;
        Source = source;
        Schema = schema;
        _scorers = scorers;
    }

    /// <summary>The model card: task, classes, threshold, features, metrics, target transform.</summary>
    public ModelCard Card { get; }

    /// <summary>Name and version, as reported with every prediction.</summary>
    public ModelIdentity Identity { get; }

    /// <summary>The threshold on the positive-class probability that decides the label: binary models only, else null.</summary>
    public double? DecisionThreshold => Card.Task == TaskKind.Binary ? Card.Threshold : null;

    /// <summary>Where the model was loaded from.</summary>
    public string Source { get; }

    /// <summary>The registry, model and alias (or pinned version) it was found through; null for a model served from a path.</summary>
    public RegistryOrigin? Registry { get; }

    /// <summary>The input contract derived from the card.</summary>
    public FeatureSchema Schema { get; }

    /// <summary>When this version started serving.</summary>
    public DateTimeOffset LoadedUtc { get; } = DateTimeOffset.UtcNow;

    /// <summary>What a scorer writes per row: one probability per class, or one raw output for a regression model.</summary>
    public int Outputs => Card.Task == TaskKind.Regression ? 1 : Card.Classes.Count;

    /// <summary>How rows are scored: "compiled trees" or "ML.NET row mapper".</summary>
    public string Scoring { get; init; } = ScorerFactory.RowMapper;

    /// <summary>Scores one row.</summary>
    public Prediction Predict(FeatureRow row)
    {
        var probabilities = new double[Outputs];
        var scorer = _scorers.Get();
        try
        {
            scorer.Score([row], 0, 1, probabilities);
        }
        finally
        {
            _scorers.Return(scorer);
        }
        return Decide(probabilities);
    }

    /// <summary>
    /// Scores <paramref name="count"/> rows from <paramref name="start"/> into <paramref name="into"/>; large spans are split
    /// across cores, each part on its own pooled scorer.
    /// </summary>
    public void Predict(IReadOnlyList<FeatureRow> rows, int start, int count, Prediction[] into)
    {
        var parts = Math.Min(Environment.ProcessorCount, count / MinRowsPerPart);
        if (parts <= 1)
        {
            PredictRange(rows, start, 0, count, into);
            return;
        }
        var size = (count + parts - 1) / parts;
        Parallel.For(0, parts, part =>
        {
            var offset = part * size;
            PredictRange(rows, start, offset, Math.Min(size, count - offset), into);
        });
    }

    private void PredictRange(IReadOnlyList<FeatureRow> rows, int start, int offset, int count, Prediction[] into)
    {
        var classes = Outputs;
        var scores = ArrayPool<double>.Shared.Rent(count * classes);
        var scorer = _scorers.Get();
        try
        {
            scorer.Score(rows, start + offset, count, scores.AsSpan(0, count * classes));
            for (var i = 0; i < count; i++)
            {
                into[offset + i] = Card.Task == TaskKind.Regression ? Value(scores[i]) : Decide(scores.AsSpan(i * classes, classes).ToArray());
            }
        }
        finally
        {
            _scorers.Return(scorer);
            ArrayPool<double>.Shared.Return(scores);
        }
    }

    private Prediction Decide(double[] probabilities)
    {
        if (Card.Task == TaskKind.Regression)
        {
            return Value(probabilities[0]);
        }
        var decided = Evaluator.Decide(Card.Task, probabilities, Card.Threshold);
        var score = Card.Task == TaskKind.Binary ? probabilities[1] : probabilities[decided];
        return new Prediction(decided, score, probabilities);
    }

    // The inverse of the transform the target was learned through, the same call evaluation makes on the test split.
    private Prediction Value(double output) => Prediction.OfValue(TargetScale.Inverse(Card.TargetTransform, output));
}
