using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Analysis.Html;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Windows;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>The drift report page as `mlops drift` writes it (drift.html), with every section it can have but performance: windows and prediction drift included.</summary>
public static class FullDriftReport
{
    public static string Html()
    {
        var model = TrainedModel.Credit;
        var green = DriftReports.Green(model);
        var drifted = DriftReports.Drifted(model);
        var report = drifted with
        {
            Window = "day",
            Windows = [Window(green, drifted.GeneratedUtc.AddDays(-1)), Window(drifted, drifted.GeneratedUtc)],
            Predictions = green.Features,
        };
        return DriftHtml.Render(report, model.Config.Drift.ToPolicy());
    }

    private static WindowDrift Window(DriftReport report, DateTimeOffset start) => new()
    {
        Start = start,
        End = start.AddDays(1),
        Rows = report.CurrentRows,
        Features = report.Features,
        Level = report.Alert.Level,
    };
}
