using System.Net;
using System.Text.RegularExpressions;

namespace CiCd.Image.Smoke;

/// <summary>
/// What the smoke test asks of <c>/dashboard</c> once the container holds a drift report: a 200 page whose drift section
/// read the report, and whose charts were drawn in the container with text (titles, ticks, legends) and marks. A
/// missing font does not fail a render, it only leaves every chart without text, so text is what is counted.
/// </summary>
public static partial class DashboardCheck
{
    /// <summary>The charts the dashboard draws for any drift report (the drifted share and PSI over the reports).</summary>
    public static IReadOnlyList<string> Charts { get; } = ["history-share", "history-psi"];

    /// <summary>Adds what is wrong with the page to <paramref name="problems"/>; returns how many charts were drawn with text and marks.</summary>
    public static int Check(HttpStatusCode status, string html, List<string> problems)
    {
        if (status != HttpStatusCode.OK)
        {
            problems.Add($"GET /dashboard answered {(int)status}");
            return 0;
        }
        if (!html.Contains("id=\"drift-verdict\"", StringComparison.Ordinal))
        {
            problems.Add($"/dashboard shows no drift report{Notes(html)}");
            return 0;
        }
        var figures = Figure().Matches(html).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["body"].Value, StringComparer.Ordinal);
        var drawn = 0;
        foreach (var chart in Charts)
        {
            if (!figures.TryGetValue(chart, out var svg))
            {
                problems.Add($"/dashboard has no chart '{chart}'{Notes(html)}");
            }
            else if (!Text().Matches(svg).Any(t => !string.IsNullOrWhiteSpace(t.Groups["text"].Value)))
            {
                problems.Add($"/dashboard chart '{chart}' has no text: the image lacks a font under /usr/share/fonts (install fonts-dejavu-core)");
            }
            else if (!Mark().IsMatch(svg))
            {
                problems.Add($"/dashboard chart '{chart}' has no marks");
            }
            else
            {
                drawn++;
            }
        }
        return drawn;
    }

    // The page's own notes say why a part is missing (no report folder, an unreadable report, charts unavailable).
    private static string Notes(string html)
    {
        var notes = Note().Matches(html).Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups["text"].Value, "")).Trim()).ToList();
        return notes.Count == 0 ? "" : ": " + string.Join(" / ", notes);
    }

    [GeneratedRegex("""<figure[^>]*\bid="(?<id>[^"]+)"[^>]*>(?<body>.*?)</figure>""", RegexOptions.Singleline)]
    private static partial Regex Figure();

    [GeneratedRegex("""<text\b[^>]*>(?<text>[^<]*)</text>""")]
    private static partial Regex Text();

    [GeneratedRegex("""<(path|rect|ellipse|circle|line|polyline|polygon)\b""")]
    private static partial Regex Mark();

    [GeneratedRegex("""<p class="note[^"]*"[^>]*>(?<text>.*?)</p>""", RegexOptions.Singleline)]
    private static partial Regex Note();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
