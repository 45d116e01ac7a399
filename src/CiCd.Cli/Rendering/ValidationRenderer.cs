using CiCd.Formats;
using CiCd.Validate;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>The validation table: failures first, then passes; the verdict and fingerprint below.</summary>
internal static class ValidationRenderer
{
    // A finding can list every class or level (weka's soybean.arff: 19 classes, 450 characters) and a column name can be
    // as long as the file makes it: their cells wrap at these widths, so the table stays readable in a terminal or a log,
    // which has no width of its own. The JSON and Markdown reports keep every text whole, on one line.
    private const int FindingWidth = 72;
    private const int ColumnWidth = 32;

    public static void Render(IAnsiConsole console, ValidationReport report)
    {
        var rows = new List<(string Status, string Rule, string Column, string Severity, string Finding)>();
        foreach (var result in report.Results.Where(r => !r.Passed).OrderBy(r => r.Severity))
        {
            var status = result.IsBlocking ? "[red]FAIL[/]" : "[yellow]warn[/]";
            rows.Add((status, result.Rule, Visible(result.Column ?? "(dataset)"), result.Severity.ToString().ToLowerInvariant(), Visible(result.Message)));
        }
        // Passing checks are summarized one row per rule; the JSON and Markdown reports keep every one.
        foreach (var group in report.Results.Where(r => r.Passed).GroupBy(r => r.Rule))
        {
            var columns = group.Count(r => r.Column is not null);
            var scope = columns == 0 ? "(dataset)" : Counted.Of(columns, "column");
            rows.Add(("[green]pass[/]", group.Key, scope, "", Visible(columns <= 1 ? group.First().Message : "all hold")));
        }
        var table = new Table().Title($"Validation of {ConsoleText.Escape(Path.GetFileName(report.File))}: {Counted.Of(report.Rows, "row")}, {Counted.Of(report.Columns, "column")}");
        table.AddColumns(
            new TableColumn(""), new TableColumn("rule"), Wrapped("column", rows.Select(r => r.Column), ColumnWidth),
            new TableColumn("severity"), Wrapped("finding", rows.Select(r => r.Finding), FindingWidth));
        foreach (var row in rows)
        {
            table.AddRow(row.Status, row.Rule, Markup.Escape(row.Column), row.Severity, Markup.Escape(row.Finding));
        }
        console.Write(table);
        console.MarkupLine(report.Passed
            ? $"[green]passed[/] with {Counted.Of(report.Warnings, "warning")}"
            : $"[red]failed[/]: {Counted.Of(report.Errors, "error")}, {Counted.Of(report.Warnings, "warning")}");
        console.MarkupLine($"fingerprint [bold]{report.Fingerprint}[/]");
    }

    private static string Visible(string text) => ConsoleText.Visible(text, keepLayout: false);

    // As wide as its longest cell, up to the limit: a short finding keeps a narrow table.
    private static TableColumn Wrapped(string header, IEnumerable<string> cells, int limit) =>
        new TableColumn(header).Width(Math.Min(limit, cells.Select(c => c.Length).Append(header.Length).Max()));
}
