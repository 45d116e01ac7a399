using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Detection;
using CiCd.Serving.Model;
using CiCd.Serving.Telemetry;

namespace CiCd.Serving.Dashboard;

/// <summary>Assembles <see cref="DashboardData"/> from the model slot, the live counters and the drift reports.</summary>
public static class DashboardSnapshot
{
    /// <summary>The dashboard's content now.</summary>
    public static DashboardData Take(ServedModel? model, RequestStats requests, ServingMetrics metrics, DriftHistory drift) =>
        new(DateTimeOffset.UtcNow, model is null ? null : Model(model), Traffic(requests, metrics.Counters()), Drift(drift));

    private static ModelPanel Model(ServedModel model)
    {
        var card = model.Card;
        return new ModelPanel(model.Identity.Name, model.Identity.Version, model.Source, model.LoadedUtc, card.ModelSha256, card.Trainer,
            card.Task.ToString().ToLowerInvariant(), card.Classes, card.Threshold, card.Metrics, card.Data.Fingerprint, card.Data.TrainRows, card.CreatedUtc);
    }

    private static TrafficPanel Traffic(RequestStats requests, ServingCounters counters) =>
        new(requests.StartedUtc, requests.Total, requests.Counts(), requests.Latencies(), counters.PredictionsByClass, counters.Reloads,
            counters.ReloadFailures, counters.LogDropped, counters.LogWritten);

    private static DriftPanel Drift(DriftHistory history)
    {
        var latest = history.Latest is { } stored ? Latest(stored) : null;
        var points = history.Reports.Select(r => Point(r.Report.GeneratedUtc, r.Report.Alert.Level, r.Report.Features, r.File)).ToList();
        return new DriftPanel(history.Folder, history.Message, history.Problems, latest, points);
    }

    private static LatestDrift Latest(StoredReport stored)
    {
        var report = stored.Report;
        var features = report.Features;
        return new LatestDrift(stored.File, report.GeneratedUtc, report.Alert.Level, report.Alert.Message, report.Alert.Advice, report.Alert.Recommendation,
            report.OnRed, features.TestedCount, features.DriftedCount, features.DriftShare, features.DriftShareThreshold, report.Window,
            [.. features.Columns.Select(Feature)],
            [.. report.Windows.Select(w => w.Features is null
                ? new DriftPoint(w.Start, w.Level, null, 0, 0, null)
                : Point(w.Start, w.Level, w.Features, null))]);
    }

    private static DriftPoint Point(DateTimeOffset time, Monitoring.Alerts.AlertLevel level, DatasetDrift features, string? file) =>
        new(time, level, features.DriftShare, features.DriftedCount, features.TestedCount, file);

    private static FeatureLight Feature(ColumnDrift c) =>
        new(c.Name, ReportText.Test(c), c.Statistic, c.PValue, c.Test?.Threshold, ReportText.Rule(c), c.Psi, c.Alert.Level, c.Alert.Message);
}
