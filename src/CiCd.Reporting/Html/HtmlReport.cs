using System.Text;
using CiCd.Reporting.Content;

namespace CiCd.Reporting.Html;

/// <summary>
/// Renders the report as one self-contained HTML file: inline CSS, a few lines of inline script for sorting,
/// charts as data URIs. It loads nothing from anywhere, so it opens the same from a CI artefact or an e-mail.
/// </summary>
public static class HtmlReport
{
    /// <summary>The whole page.</summary>
    public static string Render(ReportData data)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Model report · ")
            .Append(HtmlFormat.E(data.Model)).Append("</title>\n<style>\n").Append(HtmlAssets.Css).Append("</style>\n</head>\n<body>\n");
        HeaderSection.Append(html, data);
        GateSection.Append(html, data.Gate);
        ChampionSection.Append(html, data.Champion);
        CandidatesSection.Append(html, data.Latest);
        EvaluationSection.Append(html, data.Latest);
        ImportanceSection.Append(html, data.Importance);
        RunsSection.Append(html, data.Runs);
        ArtefactsSection.Append(html, data.Artefacts);
        html.Append("</main>\n<footer>mlops report · data in report.json next to this file</footer>\n<script>\n")
            .Append(HtmlAssets.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }
}
