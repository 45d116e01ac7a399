using CiCd.Serving.Model;
using CiCd.Serving.Scoring;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// One request's place in the prediction log, decided once for all its rows before any is scored: logged, or, when the
/// writer had made no room within the wait, every sampled row counted as dropped. So a batch is never logged in part.
/// </summary>
public sealed class LogAdmission
{
    /// <summary>The admission of a service that logs nothing.</summary>
    public static readonly LogAdmission Off = new(null, admitted: false);

    private readonly PredictionLogBuffer? _buffer;

    internal LogAdmission(PredictionLogBuffer? buffer, bool admitted)
    {
        _buffer = buffer;
        Admitted = admitted;
    }

    /// <summary>Whether the request's rows go to the log (false: they are counted as dropped, all of them).</summary>
    public bool Admitted { get; }

    /// <summary>Logs the sampled rows among <paramref name="predictions"/>, the answers for <paramref name="rows"/> from <paramref name="start"/>.</summary>
    public void Record(ServedModel model, string endpoint, string requestId, IReadOnlyList<FeatureRow> rows, int start, ReadOnlySpan<Prediction> predictions)
    {
        if (_buffer is null)
        {
            return;
        }
        var now = DateTimeOffset.UtcNow;
        var records = new PredictionRecord[predictions.Length];
        var sampled = 0;
        for (var i = 0; i < predictions.Length; i++)
        {
            if (_buffer.Sampled())
            {
                records[sampled++] = new PredictionRecord(now, model.Identity, requestId, start + i, endpoint, model.Schema, rows[start + i],
                    model.Card.Classes, predictions[i]);
            }
        }
        if (!Admitted)
        {
            _buffer.Drop(sampled);
        }
        else if (sampled > 0)
        {
            _buffer.Offer(sampled == records.Length ? records : records[..sampled]);
        }
    }

    /// <summary>
    /// Between a batch's chunks: waits while the queue holds more than half its room, so a large batch streams at the
    /// log's pace, its last rows are answered no further ahead of the log than a single request's, and single requests
    /// still find room.
    /// </summary>
    public ValueTask PaceAsync(CancellationToken cancel) => Admitted ? _buffer!.PaceAsync(cancel) : ValueTask.CompletedTask;
}
