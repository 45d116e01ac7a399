using CiCd.Reporting.Content;
using CiCd.Reporting.Curves;
using CiCd.Reports;
using CiCd.Train;

namespace CiCd.Reporting.Sources;

/// <summary>Reads a training output folder: the model card, and the test predictions for the curves.</summary>
public static class TrainOutputSource
{
    /// <summary>The card, or null when the folder holds none yet; a corrupt card is an input error naming file and line.</summary>
    public static ModelCard? ReadCard(string trainFolder)
    {
        var path = Path.Combine(trainFolder, TrainingFiles.CardJson);
        return File.Exists(path) ? JsonReport.Read<ModelCard>(path) : null;
    }

    /// <summary>The latest run's section, with curves when the predictions file is there.</summary>
    public static LatestRun Describe(string trainFolder, ModelCard card)
    {
        var predictionsPath = Path.Combine(trainFolder, TrainingFiles.Predictions);
        var predictions = File.Exists(predictionsPath) ? TestPredictions.Read(predictionsPath, card.Classes) : null;
        return new LatestRun(
            card.RunId, card.CreatedUtc, card.Task, card.Training.PrimaryMetric, card.Selected, card.Trainer, card.Threshold,
            card.Data.TestRows, card.Metrics, card.CvMetrics, card.CvSpread, card.Candidates, card.ConfusionMatrix, card.PerClass,
            predictions is null ? [] : CurveSets.Roc(predictions, card.Task),
            predictions is null ? [] : CurveSets.PrecisionRecallCurves(predictions, card.Task));
    }
}
