using System.Globalization;
using CiCd.Comparison;
using CiCd.Tracking.Queries;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>Runs side by side: one column per run, params then metrics; rows that differ are highlighted.</summary>
internal static class RunComparisonRenderer
{
    public static void Render(IAnsiConsole console, RunComparison comparison, bool onlyDifferences)
    {
        Write(console, "Params", comparison.RunIds, comparison.Params, v => v ?? "–", onlyDifferences);
        Write(console, "Metrics", comparison.RunIds, comparison.Metrics,
            v => v is { } n ? n.ToString("0.0000", CultureInfo.InvariantCulture) : "–", onlyDifferences);
    }

    private static void Write<T>(IAnsiConsole console, string title, IReadOnlyList<string> runIds, IReadOnlyList<SideBySideRow<T>> rows,
        Func<T, string> format, bool onlyDifferences)
    {
        var table = new Table().Title(title);
        table.AddColumn("name");
        foreach (var id in runIds)
        {
            table.AddColumn(new TableColumn(Markup.Escape(id)).RightAligned());
        }
        foreach (var row in rows.Where(r => r.Differs || !onlyDifferences))
        {
            var name = row.Differs ? $"[bold yellow]{Markup.Escape(row.Name)}[/]" : Markup.Escape(row.Name);
            table.AddRow([name, .. row.Values.Select(v => Markup.Escape(format(v)))]);
        }
        console.Write(table);
    }
}
