using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Serving.Input;
using CiCd.Serving.Scoring;
using CiCd.Train;
using Microsoft.Extensions.ObjectPool;

namespace CiCd.Serving.Model;

/// <summary>
/// One loaded, verified and warmed model version with its pool of scorers. Immutable once built: a reload
/// builds a new one and swaps it in, and requests holding this one finish on it.
/// </summary>
public sealed class ServedModel
{
    private readonly ObjectPool<RowScorer> _scorers;

    internal ServedModel(ModelCard card, ModelIdentity identity, string source, FeatureSchema schema, ObjectPool<RowScorer> scorers)
    {
        Card = card;
        Identity = identity;
        Source = source;
        Schema = schema;
        _scorers = scorers;
    }

    /// <summary>The model card: classes, threshold, features, metrics.</summary>
    public ModelCard Card { get; }

    /// <summary>Name and version, as reported with every prediction.</summary>
    public ModelIdentity Identity { get; }

    /// <summary>Where the model was loaded from.</summary>
    public string Source { get; }

    /// <summary>The input contract derived from the card.</summary>
    public FeatureSchema Schema { get; }

    /// <summary>When this version started serving.</summary>
    public DateTimeOffset LoadedUtc { get; } = DateTimeOffset.UtcNow;

    /// <summary>Scores one row.</summary>
    public Prediction Predict(FeatureRow row)
    {
        var scorer = _scorers.Get();
        try
        {
            return Decide(scorer, row);
        }
        finally
        {
            _scorers.Return(scorer);
        }
    }

    /// <summary>Scores <paramref name="count"/> rows from <paramref name="start"/> with one pooled scorer.</summary>
    public void Predict(IReadOnlyList<FeatureRow> rows, int start, int count, Prediction[] into)
    {
        var scorer = _scorers.Get();
        try
        {
            for (var i = 0; i < count; i++)
            {
                into[i] = Decide(scorer, rows[start + i]);
            }
        }
        finally
        {
            _scorers.Return(scorer);
        }
    }

    private Prediction Decide(RowScorer scorer, FeatureRow row)
    {
        var probabilities = new double[Card.Classes.Count];
        scorer.Score(row, probabilities);
        var decided = Evaluator.Decide(Card.Task, probabilities, Card.Threshold);
        var score = Card.Task == TaskKind.Binary ? probabilities[1] : probabilities[decided];
        return new Prediction(decided, score, probabilities);
    }
}
