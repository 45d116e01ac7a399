namespace CiCd.Serving.PredictionLog;

/// <summary>
/// Which records the log stores: a row whose answer holds a number that is not finite (a NaN or an infinite score or
/// probability, from a broken model) has no faithful text in the log's JSON and no value the monitor can measure. Such
/// a row is left out on its own, so the rest of its write and every later write are kept; the writer counts it as
/// dropped. Both stores apply the same rule.
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

    /// <summary>The records among <paramref name="chunks"/> that are logged.</summary>
    public static int Count(IReadOnlyList<PredictionRecord[]> chunks)
    {
        var count = 0;
        foreach (var chunk in chunks)
        {
            foreach (var record in chunk)
            {
                count += IsLoggable(record) ? 1 : 0;
            }
        }
        return count;
    }
}
