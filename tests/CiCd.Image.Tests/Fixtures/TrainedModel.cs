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

    /// <summary>The model for this regularisation, trained once per test run (see <see cref="TrainedModels"/>); read-only.</summary>
    public static TrainedModel Train(double l2Regularization)
    {
        // Keep the dataset and validation as shipped; swap the candidate search for one logistic regression.
        var yaml = ShippedConfig.Read().WithQuickTraining($"""
            - trainer: logistic_regression
              space:
                l2_regularization: [{l2Regularization.ToString(System.Globalization.CultureInfo.InvariantCulture)}]
            """);
        var config = ConfigLoader.Parse(yaml.SourcePath, yaml.ToString());
        // The train stage, as `mlops train` runs it: the smoke test's dashboard check needs the drift reference it writes.
        var trained = TrainedModels.Folder($"train stage from {yaml.SourcePath}", yaml.ToString(), [config.Dataset.Path], folder =>
            new TrainStage(config, new TrainingOptions(Path.Combine(folder, "model"), Path.Combine(folder, "cache"), UseCache: false, Parallelism: 1)).Run());
        return new TrainedModel(Path.Combine(trained, "model"), config);
    }
}
