using System.Text;
using CiCd.Formats;

namespace CiCd.Validate;

/// <summary>Renders a validation report as Markdown for pull requests and job summaries.</summary>
public static class ValidationMarkdown
{
    /// <summary>The report as Markdown: verdict, fingerprint, then failures first.</summary>
    public static string Render(ValidationReport report)
    {
        var text = new StringBuilder();
        var verdict = report.Passed ? "✅ passed" : "❌ failed";
        text.Append("## Data validation: ").Append(verdict).Append("\n\n");
        text.Append($"`{Path.GetFileName(report.File)}`: {Counted.Of(report.Rows, "row")}, {Counted.Of(report.Columns, "column")}, ")
            .Append($"{Counted.Of(report.Errors, "error")}, {Counted.Of(report.Warnings, "warning")}. Fingerprint `{report.Fingerprint}`.\n\n");
        var table = new MarkdownTable("status", "rule", "column", "severity", "finding");
        foreach (var result in report.Results.OrderBy(r => r.Passed).ThenBy(r => r.Severity))
        {
            var status = result.Passed ? "pass" : result.IsBlocking ? "FAIL" : "warn";
            table.Row(status, result.Rule, result.Column ?? "(dataset)", result.Severity.ToString().ToLowerInvariant(), result.Message);
        }
        table.AppendTo(text);
        return text.ToString();
    }
}
