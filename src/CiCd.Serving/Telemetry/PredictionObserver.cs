using CiCd.Serving.Model;
using CiCd.Serving.PredictionLog;
using CiCd.Serving.Scoring;

namespace CiCd.Serving.Telemetry;

/// <summary>
/// Everything that happens after rows are scored: class counts for Prometheus (a regression model's rows under the empty
/// class), sampled records for the prediction log.
/// </summary>
public sealed class PredictionObserver(ServingMetrics metrics, PredictionLogBuffer log)
{
    /// <summary>Decides whether a request's rows are logged, before it is scored (waiting while the log catches up).</summary>
    public ValueTask<LogAdmission> AdmitAsync(CancellationToken cancel) => log.AdmitAsync(cancel);

    /// <summary>Records <paramref name="predictions"/>, the answers for <paramref name="rows"/> from <paramref name="start"/>.</summary>
    public void Observe(LogAdmission admission, ServedModel model, string endpoint, string requestId, IReadOnlyList<FeatureRow> rows, int start,
        ReadOnlySpan<Prediction> predictions)
    {
        if (predictions.Length > 0 && predictions[0].IsValue)
        {
            admission.Record(model, endpoint, requestId, rows, start, predictions);
            metrics.Predicted(model.Identity.Name, ServingMetrics.NoClass, predictions.Length);
            return;
        }
        var classes = model.Card.Classes;
        Span<int> counts = stackalloc int[classes.Count];
        for (var i = 0; i < predictions.Length; i++)
        {
            counts[predictions[i].ClassIndex]++;
        }
        admission.Record(model, endpoint, requestId, rows, start, predictions);
        for (var c = 0; c < counts.Length; c++)
        {
            if (counts[c] > 0)
            {
                metrics.Predicted(model.Identity.Name, classes[c], counts[c]);
            }
        }
    }
}
