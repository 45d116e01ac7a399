using System.Globalization;
using CiCd.Train;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>
/// Prints one line per finished fold (with the run's rows per second and time left), per fold running past its estimate,
/// per finished candidate and per step after the folds (with the time left); safe to
/// call from the training threads. Plain lines, no live display, so a log or CI shows the same text as a terminal.
/// </summary>
internal sealed class TrainingProgressPrinter(IAnsiConsole console) : IProgress<TrainingProgress>
{
    private readonly Lock _gate = new();

    public void Report(TrainingProgress value)
    {
        var counter = value.Total > 0 ? $"[[{value.Done.ToString(CultureInfo.InvariantCulture).PadLeft(value.Total.ToString(CultureInfo.InvariantCulture).Length)}/{value.Total}]] " : "";
        var line = value.Stage switch
        {
            // Fold lines name only the trainer, so a 130-fold search stays readable; the candidate line has the full id.
            // A "running" line is a fold past its estimate, reported while it runs, with the time left grown by its overrun.
            "cv" or "running" => $"[grey]{counter}{Markup.Escape(Trainer(value.Candidate))} {Markup.Escape(value.Message + PaceText.Of(value))}[/]",
            "candidate" => $"{counter}[bold]{Markup.Escape(value.Candidate ?? "")}[/] {Markup.Escape(value.Message)}",
            // The steps after the folds (refit, test, outputs) carry the time left for the run.
            _ => $"[blue]{Markup.Escape(value.Message + PaceText.Of(value))}[/]",
        };
        lock (_gate)
        {
            console.MarkupLine(line);
        }
    }

    private static string Trainer(string? candidate) =>
        candidate is null ? "" : candidate.Split('(')[0];
}
