using CiCd.Serving.Model;
using CiCd.Serving.PredictionLog;
using CiCd.Serving.Scoring;

namespace CiCd.Serving.Telemetry;

/// <summary>Everything that happens after rows are scored: class counts for Prometheus, sampled records for the prediction log.</summary>
public sealed class PredictionObserver(ServingMetrics metrics, PredictionLogBuffer log)
{
    /// <summary>Records <paramref name="predictions"/>, the answers for <paramref name="rows"/> from <paramref name="start"/>.</summary>
    public void Observe(ServedModel model, string endpoint, string requestId, IReadOnlyList<FeatureRow> rows, int start, ReadOnlySpan<Prediction> predictions)
    {
        var classes = model.Card.Classes;
        Span<int> counts = stackalloc int[classes.Count];
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < predictions.Length; i++)
        {
            counts[predictions[i].ClassIndex]++;
            if (log.Sampled())
            {
                log.Offer(new PredictionRecord(now, model.Identity, requestId, start + i, endpoint, model.Schema, rows[start + i], classes, predictions[i]));
            }
        }
        for (var c = 0; c < counts.Length; c++)
        {
            if (counts[c] > 0)
            {
                metrics.Predicted(model.Identity.Name, classes[c], counts[c]);
            }
        }
    }
}
