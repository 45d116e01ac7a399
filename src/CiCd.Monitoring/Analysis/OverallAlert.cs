using CiCd.Formats;
using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Performance;
using CiCd.Monitoring.Windows;

namespace CiCd.Monitoring.Analysis;

/// <summary>
/// The report's one light. Feature drift decides first (red on dataset drift over all current rows, or in
/// the latest window: a change in the last day is what an operator must act on, even when the week as a
/// whole still looks like the reference); performance below a gate threshold on labelled rows is red too
/// (the model is failing, whatever the inputs say); prediction drift and abrupt changes raise green to
/// amber, because they point at something to look at, not yet at a verdict.
/// </summary>
internal static class OverallAlert
{
    public static Alert For(DatasetDrift features, DatasetDrift? predictions, WindowPerformance? performance,
        IReadOnlyList<WindowDrift> windows, IReadOnlyList<AbruptChange> changes)
    {
        var alert = features.Alert;
        if (alert.Level != AlertLevel.Red && windows.LastOrDefault(w => w.Features is not null) is { Features.DatasetDrifted: true } latest)
        {
            alert = latest.Features!.Alert with
            {
                Message = $"The latest window ({ReportText.Time(latest.Start)}) drifted: {latest.Features.Alert.Message} Over all current rows: {alert.Message}",
            };
        }
        if (performance is { Scored: true, Passed: false })
        {
            var failed = string.Join(", ", performance.Checks.Where(c => !c.Passed).Select(Describe));
            return new Alert(AlertLevel.Red, Recommendation.Retrain,
                $"Performance on {Counted.Of(performance.LabelledRows, "labelled row")} is below the gates: {failed}. {alert.Message}",
                "Retrain the model on recent labelled data; until then consider rolling back to an earlier version.");
        }
        if (alert.Level == AlertLevel.Red)
        {
            return alert;
        }
        var notes = new List<string>();
        if (predictions is { DatasetDrifted: true })
        {
            notes.Add("the predictions moved: " + string.Join("; ", predictions.Columns.Where(c => c.Drifted).Select(c => c.Alert.Message.TrimEnd('.'))));
        }
        if (changes.Count > 0)
        {
            notes.Add($"{Counted.Of(changes.Count, "abrupt change")} between windows (first: {changes[0].Message})");
        }
        if (notes.Count == 0)
        {
            return alert;
        }
        var message = alert.Message.TrimEnd('.') + "; " + string.Join("; ", notes) + ".";
        return alert.Level == AlertLevel.Green
            ? new Alert(AlertLevel.Amber, Recommendation.InspectFeature, message,
                "Inspect what changed in the inputs and the score distribution, and watch the next windows.")
            : alert with { Message = message };
    }

    private static string Describe(MetricCheck check) =>
        $"{check.Metric} {check.Value:0.###} (needs {(check.Min is { } min ? $"≥ {min:0.###}" : "")}{(check.Min is not null && check.Max is not null ? ", " : "")}{(check.Max is { } max ? $"≤ {max:0.###}" : "")})";
}
