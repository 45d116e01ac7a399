using System.Globalization;
using System.Text;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Formats;
using CiCd.Metrics;
using CiCd.Storage;
using Microsoft.ML;

namespace CiCd.Train;

/// <summary>Writes one training run's files into a folder: model, card (JSON, Markdown), evaluation artefacts, result.</summary>
internal sealed class TrainingArtefacts(MlopsConfig config, string folder)
{
    public ModelCard Write(ITransformer model, Dataset train, Dataset test, double[][] testProbabilities, Evaluation evaluation,
        IReadOnlyList<CandidateResult> candidates, CandidateResult best, CardData data, string runId, string key)
    {
        var modelPath = Path.Combine(folder, TrainingFiles.Model);
        // The saved schema holds the features only: a scoring client never sends the label.
        var inputSchema = new TableDataView(train.Columns, 0, null, config.Dataset.Classes.Count).Schema;
        // Byte for byte the same model file for the same data, config and seed (ReproducibleZip), so the same sha256.
        AtomicFile.Write(modelPath, stream => ReproducibleZip.Write(stream, buffer => new MLContext(config.Training.Seed).Model.Save(model, inputSchema, buffer)));
        var card = new ModelCard
        {
            Name = config.Dataset.Name,
            RunId = runId,
            CreatedUtc = DateTimeOffset.UtcNow,
            ToolVersion = ToolVersions.Tool,
            MlNetVersion = ToolVersions.MlNet,
            Task = config.Dataset.Task,
            Target = config.Dataset.Target,
            Classes = config.Dataset.Classes,
            PositiveClass = config.Dataset.PositiveClass,
            Features = train.Columns.Select(Feature).ToList(),
            IgnoredColumns = [.. config.Dataset.Columns.Where(c => c.Kind == ColumnKind.Ignore).Select(c => c.Name)],
            Data = data,
            Training = new CardTraining(config.Training.Seed, config.Training.TestFraction, config.Training.Folds,
                config.Training.PrimaryMetric, config.Training.CostMatrix, CacheKey.ConfigHash(config), key),
            Candidates = candidates.Select(c => new CardCandidate(c.Spec.Id, c.Spec.Trainer, c.Spec.Parameters, c.Mean, c.StandardDeviation, Math.Round(c.Seconds, 3))).ToList(),
            Selected = best.Spec.Id,
            Trainer = best.Spec.Trainer,
            Parameters = best.Spec.Parameters,
            Threshold = evaluation.Threshold,
            CvMetrics = best.Mean,
            CvSpread = best.StandardDeviation,
            CvFolds = best.Folds.Select(f => f.Metrics).ToList(),
            Metrics = evaluation.Metrics,
            PerClass = evaluation.PerClass,
            ConfusionMatrix = evaluation.Confusion,
            ModelFile = TrainingFiles.Model,
            ModelSha256 = ContentHash.OfFile(modelPath),
            TargetTransform = config.Training.TargetTransform,
            TargetDistribution = train.Targets is { } targets ? Regression.TargetSummaries.Of(targets) : null,
            IntendedUse = IntendedUse(),
            Limitations = Limitations(data, categories: train.Columns.Any(c => c.Numbers is null)),
        };
        JsonReport.Write(Path.Combine(folder, TrainingFiles.CardJson), card);
        AtomicFile.WriteAllText(Path.Combine(folder, TrainingFiles.CardMarkdown), ModelCardMarkdown.Render(card));
        JsonReport.Write(Path.Combine(folder, TrainingFiles.Roc), evaluation.Roc);
        WritePredictions(test, testProbabilities);
        return card;
    }

    public TrainingResult WriteResult(ModelCard card, string key, double seconds)
    {
        var result = new TrainingResult(card.RunId, false, key, folder, Path.Combine(folder, TrainingFiles.Model),
            Path.Combine(folder, TrainingFiles.CardJson), card.Selected, card.Threshold, card.CvMetrics, card.Metrics, Math.Round(seconds, 3));
        JsonReport.Write(Path.Combine(folder, TrainingFiles.Result), result);
        return result;
    }

    private static CardFeature Feature(DatasetColumn column) =>
        new(column.Name, column.Spec.Kind, column.Spec.Kind switch
        {
            ColumnKind.Ordinal => column.Spec.Order,
            ColumnKind.Categorical when column.Spec.Allowed.Count > 0 => column.Spec.Allowed,
            ColumnKind.Categorical => column.Texts!.OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
            _ => [],
        });

    private void WritePredictions(Dataset test, double[][] probabilities)
    {
        if (test.Targets is { } actual)
        {
            AtomicFile.WriteAllText(Path.Combine(folder, TrainingFiles.Predictions), Regression.RegressionPredictions.Csv(test.Lines, actual, probabilities));
            return;
        }
        var header = new List<string> { "line", "actual" };
        header.AddRange(config.Dataset.Classes.Select(c => $"p_{c}"));
        var text = new StringBuilder();
        CsvWriter.AppendRecord(text, header);
        for (var i = 0; i < test.RowCount; i++)
        {
            var row = new List<string?> { test.Lines[i].ToString(CultureInfo.InvariantCulture), config.Dataset.Classes[test.Labels[i]] };
            row.AddRange(probabilities[i].Select(p => p.ToString("R", CultureInfo.InvariantCulture)));
            CsvWriter.AppendRecord(text, row);
        }
        AtomicFile.WriteAllText(Path.Combine(folder, TrainingFiles.Predictions), text.ToString());
    }

    private string IntendedUse() => config.Dataset.Task == TaskKind.Regression
        ? $"Predicts the number '{config.Dataset.Target}' for a row of '{config.Dataset.Name}'; see the error quantiles for how far off one prediction may be."
        : config.Dataset.Task == TaskKind.Binary
        ? $"Scores the probability that a row of '{config.Dataset.Name}' belongs to class '{config.Dataset.PositiveClass}'; " +
          "rows at or above the threshold are flagged. Meant to support, not replace, a reviewed decision."
        : $"Predicts the class of a row of '{config.Dataset.Name}' among {config.Dataset.Classes.Count} classes.";

    // The unseen-category line only where a feature has categories: on an all-numeric model it misleads.
    private static List<string> Limitations(CardData data, bool categories) =>
    [
        $"Trained on {Counted.Of(data.TrainRows, "row")} and tested on {data.TestRows}; metrics on so few rows carry sampling error (see the CV spread).",
        "Valid only for data distributed like the training data; monitor drift and retrain when the drift check turns red.",
        .. categories
            ? new[] { "Categories never seen in training are scored as unknown (all indicators zero), which may bias the score; the service refuses them unless started with --unseen-categories accept." }
            : [],
        "No fairness audit is included: attributes such as age, sex or nationality may encode protected characteristics.",
    ];
}
