using CiCd.Formats;
using CiCd.Reporting.Content;
using CiCd.Reporting.Html;
using CiCd.Reporting.Markdown;
using CiCd.Storage;

namespace CiCd.Reporting;

/// <summary>Writes the report's three files atomically, so a reader never sees a half-written report.</summary>
public static class ReportWriter
{
    /// <summary>Writes report.html, summary.md and report.json into <paramref name="folder"/>; returns their full paths.</summary>
    public static ReportPaths Write(string folder, ReportData data)
    {
        var paths = new ReportPaths(
            Path.GetFullPath(Path.Combine(folder, ReportFiles.Html)),
            Path.GetFullPath(Path.Combine(folder, ReportFiles.Markdown)),
            Path.GetFullPath(Path.Combine(folder, ReportFiles.Json)));
        // Render everything before writing anything: a chart that fails to draw leaves the old report whole.
        var html = HtmlReport.Render(data);
        var markdown = SummaryMarkdown.Render(data);
        JsonReport.Write(paths.Json, data);
        AtomicFile.WriteAllText(paths.Html, html);
        AtomicFile.WriteAllText(paths.Markdown, markdown);
        return paths;
    }
}
