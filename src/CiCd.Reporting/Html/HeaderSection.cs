using System.Globalization;
using System.Text;
using CiCd.Formats;
using CiCd.Reporting.Content;
using CiCd.Reporting.Sources;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Html;

/// <summary>The banner (model, run, verdict), the table of contents and the headline metric tiles.</summary>
internal static class HeaderSection
{
    public static void Append(StringBuilder html, ReportData data)
    {
        var latest = data.Latest.Content;
        html.Append("<header class=\"top\">\n<h1>Model report · ").Append(E(data.Model)).Append("</h1>\n<div class=\"sub\">");
        html.Append(latest is null ? "no training run yet" : $"run <code>{E(latest.RunId)}</code> · selected <code>{E(latest.Selected)}</code> · trained {E(Time(latest.CreatedUtc))}");
        html.Append(" · generated ").Append(E(Time(data.GeneratedUtc))).Append("</div>\n");
        var (css, text) = data.Gate.Content switch
        {
            null => ("none", "no gate verdict yet"),
            { Passed: true } => ("pass", "✔ gate passed"),
            var gate => ("fail", $"✘ gate failed: {gate.Failures.Count()} of {Counted.Of(gate.Checks.Count, "check")}"),
        };
        html.Append("<div class=\"verdict ").Append(css).Append("\" data-verdict=\"").Append(css).Append("\">").Append(E(text)).Append("</div>\n</header>\n");
        html.Append("<nav class=\"toc\">");
        foreach (var (id, title) in Sections)
        {
            html.Append("<a href=\"#").Append(id).Append("\">").Append(title).Append("</a>");
        }
        html.Append("</nav>\n<main>\n");
        if (latest is not null)
        {
            AppendTiles(html, latest, data.Champion.Content);
        }
    }

    /// <summary>The sections in page order: id and menu title.</summary>
    public static IReadOnlyList<(string Id, string Title)> Sections { get; } =
    [
        ("gate", "Gate"), ("champion", "vs champion"), ("candidates", "Candidates"), ("evaluation", "Test evaluation"),
        ("importance", "Feature importance"), ("runs", "Runs"), ("artefacts", "Artefacts"),
    ];

    private static void AppendTiles(StringBuilder html, LatestRun latest, ChampionComparison? champion)
    {
        html.Append("<div class=\"kpis\">\n");
        foreach (var metric in MetricOrder.Sort(latest.Metrics.Keys, latest.PrimaryMetric))
        {
            var delta = champion?.Deltas.FirstOrDefault(d => d.Metric == metric);
            html.Append("<div class=\"kpi").Append(metric == latest.PrimaryMetric ? " primary" : "").Append("\"><div class=\"name\">")
                .Append(E(metric)).Append(metric == latest.PrimaryMetric ? " · primary" : "").Append("</div><div class=\"value\">")
                .Append(N(latest.Metrics[metric])).Append("</div><div class=\"delta ");
            html.Append(delta switch
            {
                null => "flat\">test split",
                { Improved: true } => $"up\">▲ {Signed(delta.Delta)} vs v{champion!.Version}",
                { Worsened: true } => $"down\">▼ {Signed(delta.Delta)} vs v{champion!.Version}",
                _ => $"flat\">= v{champion!.Version}",
            });
            html.Append("</div></div>\n");
        }
        html.Append("</div>\n");
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
