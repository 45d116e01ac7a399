using System.Globalization;
using System.Text;
using CiCd.Formats;

namespace CiCd.Train;

/// <summary>Renders a model card for people: headline metrics, candidates with their CV spread, confusion matrix, caveats.</summary>
public static class ModelCardMarkdown
{
    /// <summary>The card as Markdown.</summary>
    public static string Render(ModelCard card)
    {
        var text = new StringBuilder();
        text.Append($"# Model card: {card.Name}\n\n");
        text.Append($"Run `{card.RunId}`, trained {card.CreatedUtc:yyyy-MM-dd HH:mm} UTC with mlops {card.ToolVersion} (ML.NET {card.MlNetVersion}).\n\n");
        text.Append($"**Selected**: `{card.Selected}`");
        text.Append(card.PositiveClass is null ? "\n\n" : $", positive class `{card.PositiveClass}`, threshold {F(card.Threshold)}\n\n");
        text.Append("## Test-split metrics\n\n");
        var metrics = new MarkdownTable("metric", "test", "cv mean", "cv spread (sd)");
        foreach (var (name, value) in card.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            metrics.Row(name, F(value), F(card.CvMetrics.GetValueOrDefault(name, double.NaN)), F(card.CvSpread.GetValueOrDefault(name, double.NaN)));
        }
        metrics.AppendTo(text);
        text.Append($"\n## Candidates ({card.Candidates.Count}, {card.Training.Folds}-fold stratified CV, selected by `{card.Training.PrimaryMetric}`)\n\n");
        var candidates = new MarkdownTable("candidate", card.Training.PrimaryMetric, "sd", "seconds");
        foreach (var candidate in card.Candidates.OrderByDescending(c => c.CvMean[card.Training.PrimaryMetric] * (Metrics.MetricCatalog.HigherIsBetter(card.Training.PrimaryMetric) ? 1 : -1)))
        {
            var marker = candidate.Id == card.Selected ? " **(selected)**" : "";
            candidates.Row($"`{candidate.Id}`{marker}", F(candidate.CvMean[card.Training.PrimaryMetric]), F(candidate.CvSpread[card.Training.PrimaryMetric]), F(candidate.Seconds));
        }
        candidates.AppendTo(text);
        if (card.TargetDistribution is { } target)
        {
            Regression.TargetSummaryMarkdown.AppendTo(text, card.Target, card.TargetTransform, target);
        }
        if (card.ConfusionMatrix.Classes.Count > 0)
        {
            AppendConfusion(text, card);
        }
        text.Append($"\n## Data\n\n`{Path.GetFileName(card.Data.Path)}`: {Counted.Of(card.Data.Rows, "row")} ({card.Data.TrainRows} train, {card.Data.TestRows} test), ")
            .Append($"fingerprint `{card.Data.Fingerprint}`. Seed {card.Training.Seed}. Model sha256 `{card.ModelSha256}`.\n\n");
        text.Append("## Intended use\n\n").Append(card.IntendedUse).Append("\n\n## Limitations\n\n");
        foreach (var limitation in card.Limitations)
        {
            text.Append("- ").Append(limitation).Append('\n');
        }
        return text.ToString();
    }

    private static void AppendConfusion(StringBuilder text, ModelCard card)
    {
        text.Append("\n## Confusion matrix (test split; rows actual, columns predicted)\n\n");
        var confusion = new MarkdownTable(["actual \\ predicted", .. card.ConfusionMatrix.Classes]);
        for (var i = 0; i < card.ConfusionMatrix.Classes.Count; i++)
        {
            confusion.Row([card.ConfusionMatrix.Classes[i], .. card.ConfusionMatrix.Counts[i].Select(c => c.ToString(CultureInfo.InvariantCulture))]);
        }
        confusion.AppendTo(text);
    }

    private static string F(double value) => double.IsNaN(value) ? "–" : value.ToString("0.0000", CultureInfo.InvariantCulture);
}
