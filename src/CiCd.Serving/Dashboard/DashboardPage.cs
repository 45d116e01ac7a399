using System.Globalization;
using System.Text;
using CiCd.Formats;
using CiCd.Monitoring.Analysis.Html;
using CiCd.Serving.Telemetry;
using static CiCd.Monitoring.Analysis.ReportText;

namespace CiCd.Serving.Dashboard;

/// <summary>
/// Renders <c>/dashboard</c>: one self-contained page (inline CSS, SVG and script; nothing fetched from elsewhere) with
/// the served model, live traffic and drift. The script re-fetches the page every few seconds and swaps in the
/// sections that changed, so the numbers stay live without a JavaScript copy of the rendering.
/// </summary>
public static class DashboardPage
{
    /// <summary>Seconds between refreshes of the open page.</summary>
    public const int RefreshSeconds = 5;

    /// <summary>The page's only script, the same on every response: its hash is what the Content-Security-Policy allows.</summary>
    public static string Script { get; } = HtmlStyle.Script + DashboardStyle.Script(RefreshSeconds);

    /// <summary>The page for <paramref name="data"/>, with the already rendered drift section <paramref name="driftHtml"/>.</summary>
    public static string Render(DashboardData data, string driftHtml, string driftSignature)
    {
        var html = new StringBuilder();
        var title = data.Model is { } m ? $"{m.Name} {m.Version}" : "no model loaded";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<title>mlops dashboard: {DriftHtml.Encode(title)}</title><link rel=\"icon\" href=\"data:,\">");
        html.Append($"<style>{HtmlStyle.Css}{DashboardStyle.Css}</style></head><body><main>");
        html.Append($"<header><h1>Model dashboard</h1><p class=\"meta\">Served by mlops · <span id=\"generated\">updated {Time(data.GeneratedUtc)}</span> · refreshes every {RefreshSeconds} s · <a href=\"/dashboard/data.json\">data.json</a></p></header>");
        html.Append("<section id=\"model\" data-refresh>");
        ModelSection(html, data.Model);
        html.Append("</section><section id=\"live\" data-refresh>");
        LiveSection(html, data.Traffic);
        html.Append($"</section><section id=\"drift\" data-refresh data-signature=\"{DriftHtml.Encode(Hash(driftSignature))}\"><h2>Drift</h2>");
        html.Append(driftHtml);
        html.Append($"</section></main><script>{Script}</script></body></html>\n");
        return html.ToString();
    }

    private static void ModelSection(StringBuilder html, ModelPanel? model)
    {
        html.Append("<h2>Served model</h2>");
        if (model is null)
        {
            html.Append("<p class=\"note\" id=\"no-model\">No model is loaded yet: the service is starting, or the model was refused (see the log and /health/ready).</p>");
            return;
        }
        html.Append("<div class=\"cards\">");
        Card(html, "model and version", $"{DriftHtml.Encode(model.Name)}<br><small id=\"model-version\">{DriftHtml.Encode(model.Version)}</small>", "wide text");
        Card(html, "trainer", $"{DriftHtml.Encode(model.Trainer)}<br><small>{DriftHtml.Encode(model.Task)}</small>", "wide text");
        // A regression model decides no class: no threshold, no classes.
        var regression = model.Task == "regression";
        if (!regression)
        {
            Card(html, "decision threshold", Number(model.Threshold));
        }
        foreach (var (metric, value) in model.Metrics.Where(p => KeyMetrics.Contains(p.Key)).OrderBy(p => Array.IndexOf(KeyMetrics, p.Key)))
        {
            Card(html, metric, Number(value));
        }
        html.Append("</div><table class=\"kv\"><tbody>");
        Row(html, "source", $"<code>{DriftHtml.Encode(model.Source)}</code>");
        Row(html, "loaded", Time(model.LoadedUtc));
        Row(html, "trained", Time(model.TrainedUtc));
        Row(html, "model sha256", $"<code>{DriftHtml.Encode(model.Sha256)}</code>");
        Row(html, "data fingerprint", $"<code>{DriftHtml.Encode(model.DataFingerprint)}</code> ({Counted.Of(model.TrainRows, "training row")})");
        if (!regression)
        {
            Row(html, "classes", DriftHtml.Encode(string.Join(", ", model.Classes)));
        }
        html.Append("</tbody></table>");
    }

    // The card's test metrics worth a glance; the rest is one click away in /v1/model.
    private static readonly string[] KeyMetrics = ["roc_auc", "expected_cost", "accuracy", "macro_f1", "recall", "log_loss", "rmse", "mae", "r2"];

    private static void LiveSection(StringBuilder html, TrafficPanel traffic)
    {
        html.Append($"<h2>Live traffic <small class=\"meta\">since {Time(traffic.StartedUtc)}</small></h2><div class=\"cards\">");
        var scoring = traffic.Latency.FirstOrDefault(l => l.Route == RequestStats.Predictions);
        Card(html, "requests (all routes)", $"<span id=\"requests-total\">{traffic.TotalRequests}</span>");
        Card(html, "prediction latency p50", Milliseconds(scoring?.P50Ms));
        Card(html, "prediction latency p99", Milliseconds(scoring?.P99Ms));
        Card(html, "rows predicted", $"<span id=\"predictions-total\">{traffic.PredictionsByClass.Sum(c => c.Count)}</span>");
        Card(html, "reloads", $"{traffic.Reloads.Sum(c => c.Count)} <small>· {traffic.ReloadFailures.Sum(c => c.Count)} refused</small>");
        Card(html, "log records dropped", $"<span id=\"log-dropped\">{traffic.LogDropped}</span> <small>· {traffic.LogWritten} written</small>");
        html.Append("</div><div class=\"columns\"><div><h3>Requests by endpoint and status</h3>");
        html.Append("<table id=\"requests\"><thead><tr><th>endpoint</th><th>status</th><th>requests</th></tr></thead><tbody>");
        foreach (var count in traffic.Requests)
        {
            var level = count.Status switch
            {
                RequestStatsMiddleware.ClientClosedRequest => "closed",
                >= 500 => "red",
                >= 400 => "amber",
                _ => "green",
            };
            html.Append($"<tr><td><code>{DriftHtml.Encode(count.Route)}</code></td><td class=\"light {level}\"><span class=\"dot\"></span>{count.Status}</td><td class=\"num\">{count.Requests}</td></tr>");
        }
        html.Append("</tbody></table><h3>Latency by endpoint</h3><table id=\"latency\"><thead><tr><th>endpoint</th><th>requests</th><th>p50</th><th>p99</th></tr></thead><tbody>");
        foreach (var latency in traffic.Latency)
        {
            html.Append($"<tr><td><code>{DriftHtml.Encode(latency.Route)}</code></td><td class=\"num\">{latency.Requests}</td><td class=\"num\">{Milliseconds(latency.P50Ms)}</td><td class=\"num\">{Milliseconds(latency.P99Ms)}</td></tr>");
        }
        html.Append("</tbody></table></div><div><h3>Predictions by class</h3><figure class=\"chart\">");
        html.Append(ClassBars.Svg(traffic.PredictionsByClass));
        html.Append("</figure>");
        Counts(html, "Reloads by trigger", traffic.Reloads);
        Counts(html, "Refused models by reason", traffic.ReloadFailures);
        html.Append("</div></div>");
    }

    private static void Counts(StringBuilder html, string title, IReadOnlyList<LabelledCount> counts)
    {
        html.Append($"<h3>{DriftHtml.Encode(title)}</h3>");
        html.Append(counts.Count == 0
            ? "<p class=\"meta\">none</p>"
            : "<p>" + string.Join(" · ", counts.Select(c => $"{DriftHtml.Encode(c.Label)}: <strong>{c.Count}</strong>")) + "</p>");
    }

    private static string Milliseconds(double? ms) => ms is { } value
        ? value.ToString(value < 10 ? "0.00" : "0", CultureInfo.InvariantCulture) + " <small>ms</small>"
        : "–";

    private static string Hash(string text) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    /// <summary>A figure tile: a small label over a large value.</summary>
    internal static void Card(StringBuilder html, string label, string valueHtml, string? css = null) =>
        html.Append($"<div class=\"card{(css is null ? "" : " " + css)}\"><div class=\"label\">{DriftHtml.Encode(label)}</div><div class=\"value\">{valueHtml}</div></div>");

    private static void Row(StringBuilder html, string label, string valueHtml) =>
        html.Append($"<tr><th scope=\"row\">{DriftHtml.Encode(label)}</th><td>{valueHtml}</td></tr>");
}
