namespace CiCd.Serving.PredictionLog;

/// <summary>
/// Which records the log stores: a row whose answer holds a number that is not finite (a NaN or an infinite score or
/// probability, from a broken model) has no faithful text in the log's JSON and no value the monitor can measure. Such
/// a row is left out on its own, so the rest of its write and every later write are kept; the writer leaves them out
/// once, before a write, and counts them as dropped, so the stores write every record they are given.
/// </summary>
public static class LoggableRecords
{
    /// <summary>Whether <paramref name="record"/>'s score and probabilities are all finite numbers.</summary>
    public static bool IsLoggable(PredictionRecord record)
    {
        if (!double.IsFinite(record.Prediction.Score))
        {
            return false;
        }
        foreach (var probability in record.Prediction.Probabilities)
        {
            if (!double.IsFinite(probability))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Leaves the records that are not loggable out of <paramref name="chunks"/> (a chunk holding one is replaced by a copy
    /// without it, or removed when nothing is left) and returns how many were left out.
    /// </summary>
    public static int LeaveOut(List<PredictionRecord[]> chunks)
    {
        var left = 0;
        for (var c = chunks.Count - 1; c >= 0; c--)
        {
            var chunk = chunks[c];
            if (Array.TrueForAll(chunk, IsLoggable))
            {
                continue;
            }
            var kept = Array.FindAll(chunk, IsLoggable);
            left += chunk.Length - kept.Length;
            if (kept.Length == 0)
            {
                chunks.RemoveAt(c);
            }
            else
            {
                chunks[c] = kept;
            }
        }
        return left;
    }
}
