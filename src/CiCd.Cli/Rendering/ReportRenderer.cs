using CiCd.Formats;
using CiCd.Reporting;
using CiCd.Reporting.Content;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>What `mlops report` prints: which sections have data, which do not and why, and where the files are.</summary>
internal static class ReportRenderer
{
    public static void Render(IAnsiConsole console, ReportData data, ReportPaths paths)
    {
        var table = new Table().Title($"Report for {Markup.Escape(data.Model)}");
        table.AddColumns("section", "status");
        Row(table, "latest run", data.Latest.Content is { } latest ? $"run {latest.RunId}, {Counted.Of(latest.Candidates.Count, "candidate")}" : null, data.Latest.Note);
        Row(table, "gate", data.Gate.Content is { } gate ? (gate.Passed ? "passed" : "failed") : null, data.Gate.Note);
        Row(table, "champion", data.Champion.Content is { } champion ? $"version {champion.Version}, {Counted.Of(champion.Deltas.Count, "metric")} compared" : null, data.Champion.Note);
        Row(table, "importance", data.Importance.Content is { } importance ? $"{Counted.Of(importance.Features.Count, "feature")}, {Counted.Of(importance.Repeats, "repeat")}" : null, data.Importance.Note);
        Row(table, "runs", data.Runs.Content is { } runs ? Counted.Of(runs.Rows.Count, "run") : null, data.Runs.Note);
        console.Write(table);
        console.MarkupLine($"HTML     {Markup.Escape(paths.Html)}");
        console.MarkupLine($"Markdown {Markup.Escape(paths.Markdown)}");
        console.MarkupLine($"JSON     {Markup.Escape(paths.Json)}");
    }

    private static void Row(Table table, string section, string? summary, string? note) =>
        table.AddRow(section, summary is null ? $"[yellow]missing[/]: {Markup.Escape(note ?? "")}" : $"[green]ok[/]: {Markup.Escape(summary)}");
}
