using System.Globalization;
using CiCd.Formats;
using CiCd.Gate;
using CiCd.Gate.Paired;
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
        RenderComparison(console, report.Comparison);
        console.MarkupLine(report.Passed ? "[green]PASSED[/]: the candidate is blessed" : $"[red]FAILED[/]: {report.Failures.Count()} of {Counted.Of(report.Checks.Count, "check")} failed");
    }

    private static void RenderComparison(IAnsiConsole console, PairedComparison? comparison)
    {
        if (comparison is null)
        {
            return;
        }
        console.MarkupLine(comparison.Paired ? $"champion measured on the same rows: {Markup.Escape(comparison.Basis)}" : $"[yellow]champion compared {Markup.Escape(comparison.Basis)}[/]");
        if (comparison.Differences.Count == 0)
        {
            return;
        }
        var table = new Table().Title("Candidate − champion on the same rows");
        table.AddColumns("metric", "candidate", "champion", "difference", "95 % interval", "method");
        foreach (var d in comparison.Differences)
        {
            table.AddRow(d.Metric, F(d.Candidate), F(d.Champion), F(d.Difference), $"[[{F(d.Lower)}, {F(d.Upper)}]]", Markup.Escape(d.Method));
        }
        console.Write(table);
    }

    private static string F(double? value) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "–";
}
