using CiCd.Configuration;
using CiCd.Pipeline.Train;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>
/// A real model trained on the shipped German credit data with one small candidate (seconds, not the minute of the
/// full search), written like `mlops train` does: model.zip, model-card.json, evaluation/test-predictions.csv, reference-profile.json.
/// </summary>
public sealed record TrainedModel(string Folder, MlopsConfig Config)
{
    public string ModelPath => Path.Combine(Folder, TrainingFiles.Model);

    public string PredictionsPath => Path.Combine(Folder, TrainingFiles.Predictions);

    public static TrainedModel Train(string root, double l2Regularization)
    {
        var folder = Path.Combine(root, $"model-l2-{l2Regularization}");
        // Keep the dataset and validation as shipped; swap the candidate search for one logistic regression.
        var yaml = ShippedConfig.Read().WithQuickTraining($"""
            - trainer: logistic_regression
              space:
                l2_regularization: [{l2Regularization.ToString(System.Globalization.CultureInfo.InvariantCulture)}]
            """);
        var config = ConfigLoader.Parse(yaml.SourcePath, yaml.ToString());
        // The train stage, as `mlops train` runs it: the smoke test's dashboard check needs the drift reference it writes.
        new TrainStage(config, new TrainingOptions(folder, Path.Combine(root, "cache"), UseCache: false, Parallelism: 1)).Run();
        return new TrainedModel(folder, config);
    }
}
