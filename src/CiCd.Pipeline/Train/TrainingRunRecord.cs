using System.Globalization;
using CiCd.Configuration;
using CiCd.Tracking.Recording;
using CiCd.Tracking.Runs;
using CiCd.Train;

namespace CiCd.Pipeline.Train;

/// <summary>
/// How a training run is filed in the experiment store: params are the selected trainer's settings and
/// the run's setup; metrics are the test-split values, the CV means as <c>cv_&lt;metric&gt;</c>, and each
/// fold's value as <c>cv_&lt;metric&gt;</c> with the fold as step; the model, card and evaluation files
/// are kept as artefacts.
/// </summary>
public static class TrainingRunRecord
{
    /// <summary>Metric-name prefix for cross-validation values.</summary>
    public const string CvPrefix = "cv_";

    /// <summary>The outputs of a finished run, read from its card and its output folder.</summary>
    public static RunOutputs Outputs(ModelCard card, string outputFolder, bool cached)
    {
        var parameters = card.Parameters.ToDictionary(p => p.Key, p => Text(p.Value), StringComparer.Ordinal);
        parameters["trainer"] = card.Trainer;
        parameters["seed"] = card.Training.Seed.ToString(CultureInfo.InvariantCulture);
        parameters["folds"] = card.Training.Folds.ToString(CultureInfo.InvariantCulture);
        parameters["test_fraction"] = Text(card.Training.TestFraction);
        parameters["primary_metric"] = card.Training.PrimaryMetric;
        // Only a binary model decides by a threshold; a regression or multiclass card's 0 would read as a setting.
        if (card.Task == TaskKind.Binary)
        {
            parameters["threshold"] = Text(card.Threshold);
        }
        if (card.Data.Version is { } dataVersion)
        {
            // The data artifact's manifest digest: with it, `mlops data pull` fetches exactly the bytes this run saw.
            parameters["data_version"] = dataVersion;
        }
        var metrics = card.Metrics.Where(m => double.IsFinite(m.Value)).Select(m => new Metric(m.Key, m.Value))
            .Concat(card.CvMetrics.Where(m => double.IsFinite(m.Value)).Select(m => new Metric(CvPrefix + m.Key, m.Value)))
            .Concat(card.CvFolds.SelectMany((fold, step) => fold.Where(m => double.IsFinite(m.Value)).Select(m => new Metric(CvPrefix + m.Key, m.Value, step))))
            .ToList();
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["selected"] = card.Selected,
            ["dataset"] = card.Name,
            ["task"] = card.Task.ToString().ToLowerInvariant(),
            ["cached"] = cached ? "true" : "false",
        };
        var files = TrainingFiles.All
            .Where(name => File.Exists(Path.Combine(outputFolder, name)))
            .ToDictionary(name => name, name => Path.Combine(outputFolder, name), StringComparer.Ordinal);
        return new RunOutputs { Params = parameters, Metrics = metrics, Tags = tags, Files = files };
    }

    /// <summary>Provenance of a run: the code (git), the person, the tool, the data and the config.</summary>
    public static RunProvenance Provenance(GitState git, string? dataFingerprint, string? configHash) => new()
    {
        GitCommit = git.Commit,
        GitBranch = git.Branch,
        GitDirty = git.Dirty,
        User = Environment.UserName,
        ToolVersion = ToolVersions.Tool,
        DataFingerprint = dataFingerprint,
        ConfigHash = configHash,
    };

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
