using System.Globalization;
using CiCd.Train;

namespace CiCd.Cli.Rendering;

/// <summary>A progress step's pace as text: ", 12,345 rows/s, ETA 3m 05s" (empty when the step has none).</summary>
internal static class PaceText
{
    public static string Of(TrainingProgress step)
    {
        var text = step.RowsPerSecond is { } rate ? $", {rate.ToString("N0", CultureInfo.InvariantCulture)} rows/s" : "";
        return step.Remaining is { } remaining ? $"{text}, ETA {Duration(remaining)}" : text;
    }

    /// <summary>Whole seconds under a minute, minutes and seconds under an hour, hours and minutes above.</summary>
    public static string Duration(TimeSpan span)
    {
        var seconds = (long)Math.Round(span.TotalSeconds);
        return seconds switch
        {
            < 60 => $"{seconds}s",
            < 3600 => $"{seconds / 60}m {seconds % 60:00}s",
            _ => $"{seconds / 3600}h {seconds % 3600 / 60:00}m",
        };
    }
}
