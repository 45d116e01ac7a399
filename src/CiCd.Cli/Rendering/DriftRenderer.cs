using CiCd.Formats;
using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Detection;
using Spectre.Console;
using static CiCd.Monitoring.Analysis.ReportText;

namespace CiCd.Cli.Rendering;

/// <summary>Console rendering of `mlops drift`: the traffic-light table, windows, predictions, performance, the verdict.</summary>
internal static class DriftRenderer
{
    public static void Render(IAnsiConsole console, DriftReport report, string folder)
    {
        console.MarkupLine($"[bold]Drift[/] reference {ConsoleText.Escape(report.Reference)} ({Counted.Of(report.ReferenceRows, "row")}) vs {ConsoleText.Escape(report.Current)} ({Counted.Of(report.CurrentRows, "row")})");
        console.Write(Columns("Features", report.Features));
        Flagged(console, report.Features);
        if (report.Windows.Count > 0)
        {
            var windows = new Table().Title($"Drift over time ({report.Window} windows)").AddColumns("", "window start", "rows", "drifted", "share", "performance");
            foreach (var w in report.Windows)
            {
                windows.AddRow(Light(w.Level, Level(w.Level)), Time(w.Start), w.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    w.Features is null ? "empty" : $"{w.Features.DriftedCount}/{w.Features.TestedCount}",
                    w.Features is null ? "–" : Number(w.Features.DriftShare),
                    w.Performance is null ? "–" : w.Performance.Scored ? (w.Performance.Passed ? "passes gates" : "below gates") : "not scored");
            }
            console.Write(windows);
            foreach (var change in report.Changes)
            {
                console.MarkupLine($"[red]abrupt change[/] {ConsoleText.Escape(change.Message)}");
            }
        }
        if (report.Predictions is { } predictions)
        {
            console.Write(Columns("Predictions", predictions));
            Flagged(console, predictions);
        }
        if (report.Performance is { } performance)
        {
            var table = new Table().Title($"Performance on {Counted.Of(performance.LabelledRows, "labelled row")}").AddColumns("", "metric", "value", "gate");
            foreach (var check in performance.Checks)
            {
                var level = check.Passed ? AlertLevel.Green : performance.Scored ? AlertLevel.Red : AlertLevel.Amber;
                table.AddRow(Light(level, Level(level)), ConsoleText.Escape(check.Metric), Number(check.Value), ConsoleText.Escape(DriftMarkdown.Gate(check.Min, check.Max)));
            }
            console.Write(table);
        }
        foreach (var note in report.Notes)
        {
            console.MarkupLine($"[grey]note: {ConsoleText.Escape(note)}[/]");
        }
        console.MarkupLine($"{Light(report.Alert.Level, Level(report.Alert.Level).ToUpperInvariant())} {ConsoleText.Escape(report.Alert.Message)}");
        console.MarkupLine($"advice: {ConsoleText.Escape(report.Alert.Advice)}");
        console.MarkupLine($"reports: {ConsoleText.Escape(Path.Combine(folder, DriftFiles.Html))}, {DriftFiles.Json}, {DriftFiles.Markdown}");
    }

    private static Table Columns(string title, DatasetDrift drift)
    {
        var table = new Table().Title(title).AddColumns("", "column", "test", "statistic", "p-value", "rule", "PSI");
        foreach (var c in drift.Columns)
        {
            table.AddRow(Light(c.Alert.Level, Level(c.Alert.Level)), ConsoleText.Escape(c.Name), ConsoleText.Escape(Test(c)), Number(c.Statistic),
                Number(c.PValue), ConsoleText.Escape(Rule(c)), Number(c.Psi));
        }
        return table;
    }

    // The table stays narrow enough for a terminal; the messages of the columns that need a look follow it.
    private static void Flagged(IAnsiConsole console, DatasetDrift drift)
    {
        // A sample too small for every column is said once, in the dataset alert.
        foreach (var c in drift.Columns.Where(c => c.Alert.Level != AlertLevel.Green && !(drift.SampleTooSmall && c.Status == ColumnStatus.NotEnoughData)))
        {
            console.MarkupLine($"{Light(c.Alert.Level, ConsoleText.Escape(c.Name))}: {ConsoleText.Escape(c.Alert.Message)}");
        }
    }

    private static string Light(AlertLevel level, string text) => level switch
    {
        AlertLevel.Red => $"[red]● {text}[/]",
        AlertLevel.Amber => $"[yellow]● {text}[/]",
        _ => $"[green]● {text}[/]",
    };
}
