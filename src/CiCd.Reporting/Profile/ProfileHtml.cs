using System.Security.Cryptography;
using System.Text;
using CiCd.Data.Profiling;
using CiCd.Reporting.Html;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Profile;

/// <summary>
/// The profile as one self-contained page in the run report's look: its stylesheet, its sorting script (allowed by hash
/// in the Content-Security-Policy, nothing else may run or load), charts as inline SVG.
/// </summary>
public static class ProfileHtml
{
    /// <summary>Extra rules for the profile's inline charts and per-column panels.</summary>
    private const string Css = """
        figure.svg svg { display: block; max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 8px; }
        details.column { border-top: 1px solid var(--line); padding: 8px 0; }
        details.column summary { cursor: pointer; font-weight: 600; }
        .tag.warn { background: var(--warn-bg); color: var(--warn); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0; font-size: 14px; }
        dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; font-variant-numeric: tabular-nums; }

        """;

    /// <summary>The page's Content-Security-Policy: only the inline script with this hash runs; styles and data images only.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(HtmlAssets.Script)))}'";

    /// <summary>The sections in page order: id and menu title.</summary>
    public static IReadOnlyList<(string Id, string Title)> Sections { get; } =
    [
        ("overview", "Overview"), ("alerts", "Alerts"), ("target", "Target"), ("associations", "vs target"),
        ("correlations", "Correlations"), ("columns", "Columns"),
    ];

    /// <summary>The whole page.</summary>
    public static string Render(DataProfile profile)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"")
            .Append(ContentSecurityPolicy).Append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Data profile · ")
            .Append(E(profile.Name)).Append("</title>\n<style>\n").Append(HtmlAssets.Css).Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header class=\"top\">\n<h1>Data profile · ").Append(E(profile.Name)).Append("</h1>\n<div class=\"sub\"><code>")
            .Append(E(profile.Source)).Append("</code> · target <code>").Append(E(profile.Target.Name)).Append("</code> · generated ")
            .Append(E(profile.GeneratedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture)))
            .Append("</div>\n</header>\n<nav class=\"toc\">");
        foreach (var (id, title) in Sections)
        {
            html.Append("<a href=\"#").Append(id).Append("\">").Append(title).Append("</a>");
        }
        html.Append("</nav>\n<main>\n");
        ProfileOverviewSection.Append(html, profile);
        ProfileAlertsSection.Append(html, profile);
        ProfileTargetSection.Append(html, profile);
        ProfileCorrelationSection.Append(html, profile);
        ProfileColumnsSection.Append(html, profile);
        html.Append("</main>\n<footer>mlops data profile · data in profile.json next to this file</footer>\n<script>")
            .Append(HtmlAssets.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>An inline chart in its figure.</summary>
    internal static void Svg(StringBuilder html, string svg) => html.Append("<figure class=\"svg\">").Append(svg).Append("</figure>\n");
}
