using System.Globalization;
using System.Net;
using System.Text;
using CiCd.Formats;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Policy;
using static CiCd.Monitoring.Analysis.ReportText;

namespace CiCd.Monitoring.Analysis.Html;

/// <summary>
/// Renders a drift report as one self-contained HTML page: verdict, summary figures, the traffic-light
/// table, drift over time, prediction drift, performance, and reference-vs-current histograms per feature.
/// Charts are inline SVG; styles and the small script are inline; nothing is fetched.
/// </summary>
public static class DriftHtml
{
    /// <summary>The HTML text; <paramref name="policy"/> supplies the thresholds drawn on the charts.</summary>
    public static string Render(DriftReport report, DriftPolicy policy)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<title>Drift report: {Level(report.Alert.Level)}</title><style>{HtmlStyle.Css}</style></head><body><main>\n");
        Header(html, report);
        html.Append("<h2 id=\"features\">Features</h2>");
        html.Append("<div class=\"filters\"><label><input type=\"checkbox\" id=\"hide-green\"> hide green features</label></div>");
        ColumnTable(html, report.Features);
        if (report.Windows.Count > 0)
        {
            DriftOverTime.Append(html, report, policy);
        }
        if (report.Predictions is { } predictions)
        {
            html.Append("<h2 id=\"predictions\">Predictions</h2>");
            html.Append($"<p class=\"meta\">{Encode(predictions.Alert.Message)}</p>");
            ColumnTable(html, predictions);
            Histograms(html, predictions);
        }
        if (report.Performance is not null)
        {
            PerformanceSection.Append(html, report);
        }
        html.Append("<h2 id=\"histograms\">Reference vs current, per feature</h2>");
        Histograms(html, report.Features);
        foreach (var note in report.Notes)
        {
            html.Append($"<p class=\"note\">{Encode(note)}</p>");
        }
        html.Append($"<p class=\"meta\">Generated {Time(report.GeneratedUtc)} by mlops drift.</p>");
        html.Append($"</main><script>{HtmlStyle.Script}</script></body></html>\n");
        return html.ToString();
    }

    /// <summary>Text made safe for HTML.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    internal static string Css(Alerts.AlertLevel level) => Level(level);

    private static void Header(StringBuilder html, DriftReport report)
    {
        var level = Css(report.Alert.Level);
        html.Append($"<h1>Drift report</h1><p class=\"meta\">Reference <code>{Encode(report.Reference)}</code> ({Counted.Of(report.ReferenceRows, "row")}) · current <code>{Encode(report.Current)}</code> ({Counted.Of(report.CurrentRows, "row")})");
        html.Append(report.From is null ? "" : $" · {Time(report.From)} to {Time(report.To)}");
        html.Append("</p>");
        // A section without a heading has no name for screen readers' landmark lists (the Nu Html Checker warns): name it.
        html.Append($"<section class=\"verdict {level}\" id=\"verdict\" aria-label=\"Verdict\"><span class=\"badge\">{level}</span><div>");
        html.Append($"<p><strong>{Encode(report.Alert.Message)}</strong></p><p class=\"advice\">{Encode(report.Alert.Advice)}</p>");
        html.Append($"<p class=\"advice\">On red the monitor will <strong>{Encode(OnRedAction.Describe(report.OnRed))}</strong>.</p></div></section>");
        var features = report.Features;
        html.Append("<div class=\"cards\">");
        Card(html, "drifted features", $"{features.DriftedCount} / {features.TestedCount}");
        Card(html, "drifted share", $"{Number(features.DriftShare)} <small>(≥ {Number(features.DriftShareThreshold)} = drift)</small>");
        Card(html, "amber features", features.Columns.Count(c => c.Alert.Level == Alerts.AlertLevel.Amber).ToString(CultureInfo.InvariantCulture));
        if (report.Windows.Count > 0)
        {
            Card(html, $"{report.Window} windows", $"{report.Windows.Count} <small>· {Counted.Of(report.Changes.Count, "abrupt change")}</small>");
        }
        if (report.Predictions is { } predictions)
        {
            Card(html, "prediction drift", $"<span class=\"dot {Css(predictions.Alert.Level)}\"></span>{Css(predictions.Alert.Level)}");
        }
        if (report.Performance is { } performance)
        {
            Card(html, "performance", performance.Scored ? (performance.Passed ? "passes gates" : "below gates") : "not scored");
        }
        html.Append("</div>");
    }

    internal static int Severity(Alerts.AlertLevel level) => level switch { Alerts.AlertLevel.Red => 0, Alerts.AlertLevel.Amber => 1, _ => 2 };

    private static void Card(StringBuilder html, string label, string valueHtml) =>
        html.Append($"<div class=\"card\"><div class=\"label\">{Encode(label)}</div><div class=\"value\">{valueHtml}</div></div>");

    /// <summary>
    /// Opens a sortable table whose rows start sorted by column <paramref name="sorted"/>, ascending. Each header is a
    /// button, so the keyboard sorts as the mouse does (Enter or Space); the script keeps <c>aria-sort</c> up to date.
    /// </summary>
    internal static void SortableTableStart(StringBuilder html, string css, int sorted, params string[] headers)
    {
        html.Append($"<table class=\"{css}\"><thead><tr>");
        for (var i = 0; i < headers.Length; i++)
        {
            html.Append($"<th scope=\"col\"{(i == sorted ? " aria-sort=\"ascending\"" : "")}><button type=\"button\">{Encode(headers[i])}</button></th>");
        }
        html.Append("</tr></thead><tbody>");
    }

    /// <summary>The traffic-light table of <paramref name="drift"/>'s columns, worst first.</summary>
    public static void ColumnTable(StringBuilder html, DatasetDrift drift)
    {
        // Worst first (the light column ascending), so the columns to act on lead.
        SortableTableStart(html, "sortable lights", 0, "light", "column", "kind", "test", "value", "rule", "PSI", "current n", "message");
        // The reference order breaks ties.
        foreach (var c in drift.Columns.OrderBy(c => Severity(c.Alert.Level)))
        {
            var level = Css(c.Alert.Level);
            html.Append($"<tr data-level=\"{level}\"><td data-sort=\"{Severity(c.Alert.Level)}\" class=\"light {level}\"><span class=\"dot\"></span>{level}</td>");
            html.Append($"<td><strong>{Encode(c.Name)}</strong></td><td>{c.Kind.ToString().ToLowerInvariant()}</td><td>{Encode(Test(c))}</td>");
            html.Append($"<td class=\"num\">{Encode(Value(c))}</td><td class=\"num\">{Encode(Rule(c))}</td><td class=\"num\">{Number(c.Psi)}</td>");
            html.Append($"<td class=\"num\">{c.CurrentCount}</td><td class=\"msg\">{Encode(c.Alert.Message)}</td></tr>");
        }
        html.Append("</tbody></table>");
    }

    /// <summary>Reference-vs-current histograms of <paramref name="drift"/>'s columns, worst first; <paramref name="include"/> picks which.</summary>
    public static void Histograms(StringBuilder html, DatasetDrift drift, Func<ColumnDrift, bool>? include = null)
    {
        html.Append("<div class=\"charts\">");
        foreach (var c in drift.Columns.OrderBy(c => Severity(c.Alert.Level)))
        {
            if (c.Histogram is null || include?.Invoke(c) == false)
            {
                continue;
            }
            var level = Css(c.Alert.Level);
            html.Append($"<figure class=\"{level}\" data-level=\"{level}\" data-column=\"{Encode(c.Name)}\">");
            html.Append(DriftCharts.Histogram($"{c.Name} ({level})", c.Histogram, 480, 300));
            html.Append($"<figcaption>{Encode(Test(c))}: {Encode(Value(c))}, rule {Encode(Rule(c))}, PSI {Number(c.Psi)}</figcaption></figure>");
        }
        html.Append("</div>");
    }
}
