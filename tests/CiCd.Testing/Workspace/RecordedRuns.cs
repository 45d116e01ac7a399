using System.Globalization;
using CiCd.Tracking.Artifacts;
using CiCd.Tracking.Recording;
using CiCd.Tracking.Runs;
using CiCd.Tracking.Store;
using CiCd.Train;

namespace CiCd.Testing.Workspace;

/// <summary>
/// Records runs the way `mlops train` does (experiment = dataset, params = hyperparameters plus trainer,
/// seed, folds, …; test metrics and cv_ means without a step, cv_ folds with one; tags selected, dataset,
/// task): two older runs of the same experiment, the trained one, and one run of another experiment.
/// </summary>
public static class RecordedRuns
{
    public const string OtherExperiment = "other-data";

    public static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static void Record(TrackingLocation location, string artifactsRoot, ModelCard card, string trainFolder)
    {
        using var store = ExperimentStoreFactory.Open(location);
        var recorder = new RunRecorder(store, new ArtifactStore(artifactsRoot), TimeProvider.System);
        recorder.RecordFinished(Run("old-1", card.Name, 0), Outputs(card, "fast_tree", 0.70, 0.80, null));
        recorder.RecordFinished(Run("old-2", card.Name, 60), Outputs(card, "light_gbm", 0.75, 0.74, null));
        recorder.RecordFinished(Run(card.RunId, card.Name, 120), Outputs(card, card.Trainer, card.Metrics["roc_auc"], card.Metrics["expected_cost"], trainFolder));
        recorder.RecordFinished(Run("other-1", OtherExperiment, 180), Outputs(card, "fast_forest", 0.90, 0.30, null));
    }

    private static NewRun Run(string id, string experiment, int minutes) =>
        new(id, experiment, Start.AddMinutes(minutes), new RunProvenance { User = "ada", ToolVersion = "0.1.0", GitCommit = "abc123" });

    private static RunOutputs Outputs(ModelCard card, string trainer, double auc, double cost, string? trainFolder)
    {
        var metrics = new List<Metric> { new("roc_auc", auc), new("expected_cost", cost), new("cv_roc_auc", auc - 0.01) };
        metrics.AddRange(Enumerable.Range(0, card.Training.Folds).Select(f => new Metric("cv_roc_auc", auc - 0.01 + (0.01 * f), f)));
        var parameters = card.Parameters.ToDictionary(p => p.Key, p => p.Value.ToString(CultureInfo.InvariantCulture));
        parameters["trainer"] = trainer;
        parameters["seed"] = card.Training.Seed.ToString(CultureInfo.InvariantCulture);
        parameters["folds"] = card.Training.Folds.ToString(CultureInfo.InvariantCulture);
        parameters["test_fraction"] = card.Training.TestFraction.ToString(CultureInfo.InvariantCulture);
        parameters["primary_metric"] = card.Training.PrimaryMetric;
        parameters["threshold"] = card.Threshold.ToString(CultureInfo.InvariantCulture);
        return new RunOutputs
        {
            Params = parameters,
            Metrics = metrics,
            Tags = new Dictionary<string, string> { ["selected"] = $"{trainer}(default)", ["dataset"] = card.Name, ["task"] = "binary" },
            Files = trainFolder is null
                ? new Dictionary<string, string>()
                : new Dictionary<string, string> { [TrainingFiles.CardJson] = Path.Combine(trainFolder, TrainingFiles.CardJson) },
        };
    }
}
