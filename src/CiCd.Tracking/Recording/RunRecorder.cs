using CiCd.Errors;
using CiCd.Tracking.Artifacts;
using CiCd.Tracking.Runs;
using CiCd.Tracking.Store;

namespace CiCd.Tracking.Recording;

/// <summary>
/// Records a whole training run in one call: its files into the artefact store, then the run,
/// params, metrics, tags and artefact entries into the experiment store, then its end.
/// </summary>
public sealed class RunRecorder(IExperimentStore store, ArtifactStore artifacts, TimeProvider clock)
{
    /// <summary>Records a run that finished; returns what was stored (a run of that id another writer stored first is returned as it is).</summary>
    public RunDetails RecordFinished(NewRun run, RunOutputs outputs) => Record(run, outputs, RunStatus.Finished, null);

    /// <summary>Records a run that failed, with the reason and whatever it produced before failing.</summary>
    public RunDetails RecordFailed(NewRun run, string errorMessage, RunOutputs? partial = null)
    {
        if (string.IsNullOrWhiteSpace(errorMessage))
        {
            throw new InputException($"run '{run.RunId}': a failed run needs an error message");
        }
        return Record(run, partial ?? new RunOutputs(), RunStatus.Failed, errorMessage);
    }

    private RunDetails Record(NewRun run, RunOutputs outputs, RunStatus status, string? error)
    {
        // Files go first: content-addressed copies are harmless if the run is then refused.
        var entries = outputs.Files
            .Select(f => (Path: f.Key, Stored: artifacts.Put(f.Value)))
            .Select(f => new ArtifactEntry(f.Path, f.Stored.SizeBytes, f.Stored.Sha256))
            .ToList();
        if (status != RunStatus.Finished)
        {
            store.StartRun(run);
        }
        else if (!store.TryStartRun(run))
        {
            // A finished run's id is its training's start second and cache key: the writer that got there first (a
            // concurrent `mlops train` of the same data and config) recorded this very training.
            return store.GetRun(run.RunId);
        }
        try
        {
            store.LogParams(run.RunId, outputs.Params);
            store.LogMetrics(run.RunId, outputs.Metrics);
            store.SetTags(run.RunId, outputs.Tags);
            store.LogArtifacts(run.RunId, entries);
        }
        catch (MlopsException e)
        {
            // A run left "running" forever would look alive in `runs list`: close it as failed, then report.
            store.FinishRun(run.RunId, RunStatus.Failed, clock.GetUtcNow(), error ?? e.Message);
            throw;
        }
        store.FinishRun(run.RunId, status, clock.GetUtcNow(), error);
        return store.GetRun(run.RunId);
    }
}
