using System.Text;
using CiCd.Formats;
using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Analysis.Html;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Windows;
using static CiCd.Monitoring.Analysis.ReportText;

namespace CiCd.Serving.Dashboard;

/// <summary>
/// The dashboard's drift section: the latest report's lights and table, drift over the history of reports and over the
/// latest report's windows, and histograms of the drifted features, drawn with the drift report's own charts. Drawing
/// costs tens of milliseconds, so the HTML is kept until a report file changes: page views and refreshes stay cheap.
/// </summary>
public sealed class DriftSection
{
    private const int MaxHistograms = 6;

    // The service does not read mlops.yaml, so the PSI bands drawn are the policy's defaults (DESIGN.md's 0.1 and 0.25).
    private static readonly DriftPolicy Bands = new();

    private readonly Lock _gate = new();
    private (string Signature, string Html)? _cached;

    /// <summary>The section's HTML for <paramref name="history"/>.</summary>
    public string Render(DriftHistory history)
    {
        lock (_gate)
        {
            if (_cached is { } cached && cached.Signature == history.Signature)
            {
                return cached.Html;
            }
            var html = Draw(history);
            _cached = (history.Signature, html);
            return html;
        }
    }

    private static string Draw(DriftHistory history)
    {
        var html = new StringBuilder();
        if (history.Message is { } message)
        {
            html.Append($"<p class=\"note\" id=\"drift-message\">{DriftHtml.Encode(message)}</p>");
        }
        foreach (var problem in history.Problems)
        {
            html.Append($"<p class=\"note problem\"><strong>Unreadable drift report</strong> <code>{DriftHtml.Encode(problem.File)}</code>: {DriftHtml.Encode(problem.Problem)}</p>");
        }
        if (history.Latest is not { } latest)
        {
            return html.ToString();
        }
        Verdict(html, latest, history.Reports.Count);
        html.Append("<h3>Features</h3>");
        DriftHtml.ColumnTable(html, latest.Report.Features);
        if (latest.Report.Predictions is { } predictions)
        {
            html.Append($"<h3>Predictions</h3><p class=\"meta\">{DriftHtml.Encode(predictions.Alert.Message)}</p>");
            DriftHtml.ColumnTable(html, predictions);
        }
        html.Append("<h3>Drift over time</h3>");
        try
        {
            // Inside the try: the font check itself needs SkiaSharp's native library.
            html.Append(ChartFonts.Problem() is { } fonts
                ? $"<p class=\"note problem\">Charts unavailable: {DriftHtml.Encode(fonts)}.</p>"
                : Charts(history, latest));
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            // ScottPlot draws through SkiaSharp's native library; an image built without it still shows lights and tables.
            html.Append($"<p class=\"note problem\">Charts unavailable: the native drawing library did not load ({DriftHtml.Encode(e.GetType().Name)}).</p>");
        }
        return html.ToString();
    }

    private static string Charts(DriftHistory history, StoredReport latest)
    {
        var html = new StringBuilder("<div class=\"charts two\">");
        var reports = history.Reports.Select(AsWindow).ToList();
        var threshold = latest.Report.Features.DriftShareThreshold;
        Figure(html, "history-share", DriftCharts.DriftShareOverTime(reports, [], threshold, 640, 320, "Drifted share of features per report"));
        Figure(html, "history-psi", DriftCharts.PsiOverTime(reports, Bands.PsiModerate, Bands.PsiMajor, 640, 320, title: "PSI per report (top 6 features)"));
        if (latest.Report.Windows.Count > 0)
        {
            var window = latest.Report.Window ?? "";
            Figure(html, "window-share", DriftCharts.DriftShareOverTime(latest.Report.Windows, latest.Report.Changes, threshold, 640, 320,
                $"Latest report: drifted share per {window} window"));
            Figure(html, "window-psi", DriftCharts.PsiOverTime(latest.Report.Windows, Bands.PsiModerate, Bands.PsiMajor, 640, 320,
                title: $"Latest report: PSI per {window} window"));
        }
        html.Append("</div>");
        Histograms(html, latest.Report);
        return html.ToString();
    }

    private static void Verdict(StringBuilder html, StoredReport latest, int reports)
    {
        var report = latest.Report;
        var level = Level(report.Alert.Level);
        html.Append($"<section class=\"verdict {level}\" id=\"drift-verdict\" data-level=\"{level}\" aria-label=\"Verdict\"><span class=\"badge\">{level}</span><div>");
        html.Append($"<p><strong>{DriftHtml.Encode(report.Alert.Message)}</strong></p><p class=\"advice\">{DriftHtml.Encode(report.Alert.Advice)}</p>");
        html.Append($"<p class=\"advice\">Recommendation: <strong>{DriftHtml.Encode(report.Alert.Recommendation.ToString())}</strong> · on red the monitor will <strong>{DriftHtml.Encode(OnRedAction.Describe(report.OnRed))}</strong>.</p>");
        html.Append($"<p class=\"meta\">Report <code>{DriftHtml.Encode(latest.File)}</code>, generated {Time(report.GeneratedUtc)}; {Counted.Of(report.CurrentRows, "current row")} against {Counted.Of(report.ReferenceRows, "reference row")}.</p>");
        html.Append("</div></section><div class=\"cards\">");
        var features = report.Features;
        DashboardPage.Card(html, "drifted features", $"{features.DriftedCount} / {features.TestedCount}");
        DashboardPage.Card(html, "drifted share", $"{Number(features.DriftShare)} <small>(≥ {Number(features.DriftShareThreshold)} = drift)</small>");
        DashboardPage.Card(html, "reports in history", reports.ToString(System.Globalization.CultureInfo.InvariantCulture));
        html.Append("</div>");
    }

    // Each report becomes one point in time, so the report's own over-time charts draw the history of reports.
    private static WindowDrift AsWindow(StoredReport stored) => new()
    {
        Start = stored.Report.GeneratedUtc,
        End = stored.Report.GeneratedUtc,
        Rows = stored.Report.CurrentRows,
        Features = stored.Report.Features,
        Level = stored.Report.Alert.Level,
    };

    private static void Histograms(StringBuilder html, DriftReport report)
    {
        var drifted = report.Features.Columns.Where(c => c.Drifted && c.Histogram is not null).Take(MaxHistograms).Select(c => c.Name).ToHashSet();
        if (drifted.Count > 0)
        {
            html.Append("<h3>Reference vs current, drifted features</h3>");
            DriftHtml.Histograms(html, report.Features, c => drifted.Contains(c.Name));
        }
    }

    private static void Figure(StringBuilder html, string id, string svg) =>
        html.Append($"<figure class=\"wide chart\" id=\"{id}\">").Append(svg).Append("</figure>");
}
