using System.Globalization;
using CiCd.Formats;
using CiCd.Reporting.Sources;
using CiCd.Tracking.Queries;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>The runs table: id, experiment, status, start, duration and the headline metrics.</summary>
internal static class RunListRenderer
{
    private const int MaxMetricColumns = 4;

    public static void Render(IAnsiConsole console, IReadOnlyList<RunSummary> runs, RunQuery query, string store)
    {
        if (runs.Count == 0)
        {
            console.MarkupLine($"no runs match in {Markup.Escape(store)}");
            return;
        }
        // Filtered metrics always get a column, so the user sees why each run matched.
        var filtered = query.Metrics.Select(m => m.Metric).ToList();
        var summary = runs.SelectMany(r => r.Metrics.Keys).Where(m => !m.StartsWith("cv_", StringComparison.Ordinal));
        var metrics = MetricOrder.Sort(filtered.Concat(summary), filtered.FirstOrDefault()).Take(Math.Max(MaxMetricColumns, filtered.Count)).ToList();
        // The experiment column only earns its width when the runs come from more than one.
        var mixed = runs.Select(r => r.Run.Experiment).Distinct(StringComparer.Ordinal).Skip(1).Any();
        var table = new Table().Title($"{Counted.Of(runs.Count, "run")} in {Markup.Escape(store)}");
        table.AddColumn("run");
        if (mixed)
        {
            table.AddColumn("experiment");
        }
        table.AddColumns("status", "started (UTC)");
        foreach (var metric in metrics)
        {
            table.AddColumn(new TableColumn(Markup.Escape(metric)).RightAligned());
        }
        foreach (var summaryRow in runs)
        {
            var run = summaryRow.Run;
            var cells = new List<string> { Markup.Escape(run.RunId) };
            if (mixed)
            {
                cells.Add(Markup.Escape(run.Experiment));
            }
            cells.Add(Status(run.Status));
            cells.Add(run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            cells.AddRange(metrics.Select(m => summaryRow.Metrics.TryGetValue(m, out var v) ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "–"));
            table.AddRow([.. cells]);
        }
        console.Write(table);
    }

    public static string Status(Tracking.Runs.RunStatus status) => status switch
    {
        Tracking.Runs.RunStatus.Finished => "[green]finished[/]",
        Tracking.Runs.RunStatus.Failed => "[red]failed[/]",
        _ => "[yellow]running[/]",
    };
}
