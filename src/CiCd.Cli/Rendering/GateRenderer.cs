using System.Globalization;
using CiCd.Gate;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>The verdict table: metric, value, threshold, champion, delta, result; then the verdict.</summary>
internal static class GateRenderer
{
    public static void Render(IAnsiConsole console, GateReport report)
    {
        var table = new Table().Title($"Gate for run {Markup.Escape(report.CandidateRunId)} (champion: {Markup.Escape(report.ChampionRunId ?? "none")})");
        table.AddColumns("metric", "rule", "value", "champion", "delta", "result", "reason");
        foreach (var check in report.Checks)
        {
            var result = check.Outcome switch
            {
                GateOutcome.Pass => "[green]pass[/]",
                GateOutcome.Fail => "[red]FAIL[/]",
                _ => "[yellow]no champion[/]",
            };
            table.AddRow(check.Metric, Markup.Escape(check.Rule), F(check.Value), F(check.Champion), F(check.Delta), result, Markup.Escape(check.Reason));
        }
        console.Write(table);
        console.MarkupLine(report.Passed ? "[green]PASSED[/]: the candidate is blessed" : $"[red]FAILED[/]: {report.Failures.Count()} of {report.Checks.Count} checks failed");
    }

    private static string F(double? value) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "–";
}
