using CiCd.Formats;
using CiCd.Monitoring.Detection;

namespace CiCd.Monitoring.Alerts;

/// <summary>
/// One dataset-level amber when the whole current sample is smaller than <c>drift.min_current_sample</c>: every column
/// is then untested for the same reason, so the reason is said once, naming the key, its value and the sample size,
/// and, when even the training data is smaller than the key, that drift can never go red and which value would do.
/// </summary>
internal static class SampleSizeAlert
{
    public const string Key = "drift.min_current_sample";

    /// <summary>The short per-column message that replaces the repeated "fewer than … needed".</summary>
    public const string ColumnMessage = "Not tested: the current sample is below " + Key + " (see the dataset alert).";

    /// <summary>Null when the sample is large enough for the columns to be judged one by one.</summary>
    public static Alert? For(int currentRows, long referenceRows, int minCurrentSample, IReadOnlyList<ColumnDrift> columns)
    {
        if (currentRows >= minCurrentSample)
        {
            return null;
        }
        var message = $"The current sample has {Counted.Of(currentRows, "row")}, fewer than {Key}: {minCurrentSample}, so no column was tested.";
        string advice;
        if (referenceRows < minCurrentSample)
        {
            message += $" The training data itself has only {Counted.Of(referenceRows, "row")}: at this size drift can never go red.";
            advice = $"Set {Key} to {Suggest(referenceRows)} in mlops.yaml (a fifth of the training rows, 20 to 200), " +
                "or collect more current rows per run.";
        }
        else
        {
            advice = $"Collect at least {Counted.Of(minCurrentSample, "current row")} (a longer window) before judging drift, or lower {Key}.";
        }
        var others = columns.Where(c => c.Alert.Level != AlertLevel.Green && c.Status != ColumnStatus.NotEnoughData).ToList();
        if (others.Count > 0)
        {
            message += " Also: " + string.Join("; ", others.Select(c => c.Alert.Message.TrimEnd('.'))) + ".";
        }
        return new(AlertLevel.Amber, Recommendation.CollectMoreData, message, advice);
    }

    /// <summary>A value a sample of this size can reach: a fifth of the rows, kept within 20 to 200 and never above the rows.</summary>
    public static long Suggest(long referenceRows) => Math.Max(1, Math.Min(referenceRows, Math.Clamp(referenceRows / 5, 20, 200)));
}
