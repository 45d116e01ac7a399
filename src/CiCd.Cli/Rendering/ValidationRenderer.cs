using CiCd.Formats;
using CiCd.Validate;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>The validation table: failures first, then passes; the verdict and fingerprint below.</summary>
internal static class ValidationRenderer
{
    public static void Render(IAnsiConsole console, ValidationReport report)
    {
        var table = new Table().Title($"Validation of {ConsoleText.Escape(Path.GetFileName(report.File))}: {Counted.Of(report.Rows, "row")}, {Counted.Of(report.Columns, "column")}");
        table.AddColumns("", "rule", "column", "severity", "finding");
        foreach (var result in report.Results.Where(r => !r.Passed).OrderBy(r => r.Severity))
        {
            var status = result.IsBlocking ? "[red]FAIL[/]" : "[yellow]warn[/]";
            table.AddRow(status, result.Rule, ConsoleText.Escape(result.Column ?? "(dataset)"),
                result.Severity.ToString().ToLowerInvariant(), ConsoleText.Escape(result.Message));
        }
        // Passing checks are summarized one row per rule; the JSON and Markdown reports keep every one.
        foreach (var group in report.Results.Where(r => r.Passed).GroupBy(r => r.Rule))
        {
            var columns = group.Count(r => r.Column is not null);
            var scope = columns == 0 ? "(dataset)" : Counted.Of(columns, "column");
            table.AddRow("[green]pass[/]", group.Key, scope, "", ConsoleText.Escape(columns <= 1 ? group.First().Message : "all hold"));
        }
        console.Write(table);
        console.MarkupLine(report.Passed
            ? $"[green]passed[/] with {Counted.Of(report.Warnings, "warning")}"
            : $"[red]failed[/]: {Counted.Of(report.Errors, "error")}, {Counted.Of(report.Warnings, "warning")}");
        console.MarkupLine($"fingerprint [bold]{report.Fingerprint}[/]");
    }
}
