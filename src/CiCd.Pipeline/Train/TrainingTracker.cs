using CiCd.Configuration;
using CiCd.Tracking.Artifacts;
using CiCd.Tracking.Recording;
using CiCd.Tracking.Runs;
using CiCd.Tracking.Store;
using CiCd.Train;

namespace CiCd.Pipeline.Train;

/// <summary>
/// Files `mlops train` runs in the experiment store configured for a pipeline (or MLOPS_TRACKING_URI):
/// finished runs with their params, metrics and files, failed runs with the error.
/// </summary>
public sealed class TrainingTracker(MlopsConfig config)
{
    private readonly string _folder = Path.GetDirectoryName(config.SourceFile) ?? ".";

    /// <summary>Where runs go, safe to print.</summary>
    public TrackingLocation Location => TrackingLocation.FromEnvironment(config.Tracking.Uri, _folder);

    /// <summary>Records a finished run from its card and output folder; a run already in the store (a cache hit) is left as it is.</summary>
    public RunDetails RecordFinished(ModelCard card, string outputFolder, DateTimeOffset startedAt, bool cached)
    {
        using var store = ExperimentStoreFactory.Open(Location);
        if (store.FindRun(card.RunId) is { } existing)
        {
            return existing;
        }
        var run = new NewRun(card.RunId, config.Tracking.Experiment, startedAt,
            TrainingRunRecord.Provenance(GitState.Read(_folder), card.Data.Fingerprint, card.Training.ConfigHash));
        return Recorder(store).RecordFinished(run, TrainingRunRecord.Outputs(card, outputFolder, cached));
    }

    /// <summary>Records a run that failed before it produced a model.</summary>
    public RunDetails RecordFailed(string error, DateTimeOffset startedAt)
    {
        using var store = ExperimentStoreFactory.Open(Location);
        var runId = $"{startedAt:yyyyMMdd-HHmmss}-failed-{Guid.NewGuid().ToString("N")[..8]}";
        var run = new NewRun(runId, config.Tracking.Experiment, startedAt, TrainingRunRecord.Provenance(GitState.Read(_folder), null, CacheKey.ConfigHash(config)));
        return Recorder(store).RecordFailed(run, error);
    }

    private RunRecorder Recorder(IExperimentStore store) =>
        new(store, new ArtifactStore(Path.Combine(_folder, ArtifactStore.DefaultRoot)), TimeProvider.System);
}
