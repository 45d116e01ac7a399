using CiCd.Configuration;
using CiCd.Formats;
using CiCd.Metrics;
using CiCd.Reporting.Content;
using CiCd.Reporting.Curves;
using CiCd.Train;

namespace CiCd.Reporting.Sources;

/// <summary>Reads a training output folder: the model card, and the test predictions (or ROC points) for the curves.</summary>
public static class TrainOutputSource
{
    /// <summary>The card, or null when the folder holds none yet; a corrupt card is an input error naming file and line.</summary>
    public static ModelCard? ReadCard(string trainFolder)
    {
        var path = Path.Combine(trainFolder, TrainingFiles.CardJson);
        return File.Exists(path) ? JsonReport.Read<ModelCard>(path) : null;
    }

    /// <summary>
    /// The latest run's section. Curves come from the test predictions; without them a binary run still gets
    /// its ROC curve from the points training wrote, and no precision–recall curve.
    /// </summary>
    public static LatestRun Describe(string trainFolder, ModelCard card)
    {
        var predictionsPath = Path.Combine(trainFolder, TrainingFiles.Predictions);
        var rocPath = Path.Combine(trainFolder, TrainingFiles.Roc);
        // A regression run has no classes to draw curves for; its residual charts read the same file elsewhere.
        var (roc, precisionRecall) = card.Task == TaskKind.Regression ? ([], [])
            : File.Exists(predictionsPath)
            ? Curves(TestPredictions.Read(predictionsPath, card.Classes), card.Task)
            : (card.Task == TaskKind.Binary && File.Exists(rocPath) ? [RocFromPoints(rocPath, card)] : [], []);
        return new LatestRun(
            card.RunId, card.CreatedUtc, card.Task, card.Training.PrimaryMetric, card.Selected, card.Trainer, card.Threshold,
            card.Data.TestRows, card.Metrics, card.CvMetrics, card.CvSpread, card.Candidates, card.ConfusionMatrix, card.PerClass,
            roc, precisionRecall)
        {
            Residuals = card.Task == TaskKind.Regression && File.Exists(predictionsPath) ? RegressionPredictionsSource.Read(predictionsPath) : null,
        };
    }

    private static (IReadOnlyList<Curve>, IReadOnlyList<Curve>) Curves(TestPredictions predictions, TaskKind task) =>
        (CurveSets.Roc(predictions, task), CurveSets.PrecisionRecallCurves(predictions, task));

    private static Curve RocFromPoints(string path, ModelCard card)
    {
        var points = JsonReport.Read<List<CurvePoint>>(path);
        return new Curve(card.PositiveClass ?? card.Classes[^1], card.Metrics.GetValueOrDefault(MetricNames.RocAuc, double.NaN),
            points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
    }
}
