using System.Globalization;
using CiCd.Formats;
using CiCd.Monitoring.Detection;

namespace CiCd.Monitoring.Alerts;

/// <summary>
/// The overall traffic light: red only for dataset drift (drifted share ≥ the policy's share),
/// amber when any column needs a look, green otherwise. Input problems in single columns stay
/// amber overall so that exit code 1 always means "drift over the policy".
/// </summary>
internal static class DatasetAlerts
{
    public static Alert For(IReadOnlyList<ColumnDrift> columns, int tested, int drifted, double share, double threshold, bool datasetDrifted)
    {
        var shareText = $"{drifted} of {Counted.Of(tested, "tested column")} drifted (share {Number(share)}, threshold ≥ {Number(threshold)})";
        if (datasetDrifted)
        {
            var names = string.Join(", ", columns.Where(c => c.Drifted).Select(c => $"'{c.Name}'"));
            return new(AlertLevel.Red, Recommendation.Retrain, $"Dataset drift: {shareText}: {names}.",
                "Retrain the model on recent data, after checking that the drifted features are real changes and not pipeline faults.");
        }
        var flagged = columns.Where(c => c.Alert.Level != AlertLevel.Green).ToList();
        if (tested == 0 && columns.Count > 0)
        {
            return new(AlertLevel.Amber, Recommendation.CollectMoreData, "No column could be tested: " + Reasons(flagged) + ".",
                flagged.Any(c => c.Alert.Recommendation == Recommendation.CheckUpstreamPipeline)
                    ? "Check the upstream pipeline and the current window before judging drift."
                    : "Collect more current data before judging drift.");
        }
        if (flagged.Count == 0)
        {
            return new(AlertLevel.Green, Recommendation.None, $"No dataset drift: {shareText}.", "Nothing to do.");
        }
        var upstream = flagged.Where(c => c.Alert.Recommendation == Recommendation.CheckUpstreamPipeline).ToList();
        var worst = upstream.Count > 0 ? upstream : flagged;
        var recommendation = upstream.Count > 0 ? Recommendation.CheckUpstreamPipeline : worst[0].Alert.Recommendation;
        return new(AlertLevel.Amber, recommendation, $"No dataset drift ({shareText}), but {Reasons(flagged)}.",
            recommendation == Recommendation.CheckUpstreamPipeline
                ? $"Check the upstream pipeline for {Names(upstream)}."
                : $"Inspect {Names(worst)} and watch the next windows.");
    }

    private static string Reasons(IReadOnlyList<ColumnDrift> flagged) =>
        string.Join("; ", flagged.Select(c => c.Alert.Message.TrimEnd('.')));

    private static string Names(IEnumerable<ColumnDrift> columns) => string.Join(", ", columns.Select(c => $"'{c.Name}'"));

    private static string Number(double value) => value.ToString("G3", CultureInfo.InvariantCulture);
}
