using System.Globalization;
using CiCd.Formats;
using CiCd.Train;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>The end of a training run: best candidates by CV, the selected model's test metrics, where the files are.</summary>
internal static class TrainingRenderer
{
    public static void Render(IAnsiConsole console, TrainingResult result, ModelCard card)
    {
        var primary = card.Training.PrimaryMetric;
        var sign = Metrics.MetricCatalog.HigherIsBetter(primary) ? -1 : 1;
        var candidates = new Table().Title($"Top candidates by cross-validated {primary} ({card.Candidates.Count} tried)");
        candidates.AddColumns("candidate", $"{primary} mean", "sd", "seconds");
        foreach (var candidate in card.Candidates.OrderBy(c => sign * c.CvMean[primary]).Take(8))
        {
            var name = Markup.Escape(candidate.Id);
            candidates.AddRow(candidate.Id == card.Selected ? $"[green]{name}[/]" : name, F(candidate.CvMean[primary]), F(candidate.CvSpread[primary]), F(candidate.Seconds));
        }
        console.Write(candidates);
        // On a line of its own: a table title wraps and cuts to the table's width, and the name is what a user copies.
        console.MarkupLine($"selected [bold]{Markup.Escape(card.Selected)}[/]");
        var metrics = new Table().Title($"held-out test ({Counted.Of(card.Data.TestRows, "row")})");
        metrics.AddColumns("metric", "test", "cv mean", "cv sd");
        foreach (var (name, value) in card.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            metrics.AddRow(name, F(value), F(card.CvMetrics.GetValueOrDefault(name, double.NaN)), F(card.CvSpread.GetValueOrDefault(name, double.NaN)));
        }
        console.Write(metrics);
        if (card.PositiveClass is not null)
        {
            console.MarkupLine($"decision threshold on P({Markup.Escape(card.PositiveClass)}): {F(card.Threshold)} (chosen on out-of-fold predictions)");
            if (card.Threshold > 1)
            {
                // Every error costing the same and the class rare, "never" is the cheapest answer: true, and useless.
                console.MarkupLine($"[yellow]warning:[/] this threshold never predicts {Markup.Escape(card.PositiveClass)}: with every error " +
                    "costing the same, never predicting the rare class makes the fewest errors; set training.cost_matrix to say what a " +
                    $"missed {Markup.Escape(card.PositiveClass)} costs compared with a false alarm");
            }
        }
        console.MarkupLine($"{(result.Cached ? "[yellow]cached[/]" : "[green]trained[/]")} run {result.RunId} in {F(result.Seconds)} s → {Markup.Escape(result.OutputFolder)}");
    }

    private static string F(double value) => double.IsNaN(value) ? "–" : value.ToString("0.0000", CultureInfo.InvariantCulture);
}
