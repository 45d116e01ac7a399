using System.Data.Common;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Monitoring.Profiles;
using CiCd.Tracking.Store;
using CiCd.Train;

namespace CiCd.Pipeline.Train;

/// <summary>
/// The train stage: runs the ML.NET engine (<see cref="TrainingEngine"/>), which reads and splits the data
/// once; profiles the training rows it split as the drift reference and as the data profile, inside the run so the
/// stage cache keeps them; and records the run, failed or finished, in the experiment store when a tracker is given.
/// </summary>
public sealed class TrainStage(MlopsConfig config, TrainingOptions options, TrainingTracker? tracker = null, IProgress<TrainingProgress>? progress = null)
{
    /// <summary>Trains (or restores the cached run), and returns the run's result, card and reference in memory.</summary>
    public TrainOutcome Run()
    {
        if (tracker is not null)
        {
            RequireStore(tracker);
        }
        var started = DateTimeOffset.UtcNow;
        var reference = new ReferenceOutput(config.Dataset);
        TrainingResult result;
        try
        {
            result = new TrainingEngine(config, options, progress) { Outputs = [reference, new DataProfileOutput()] }.Run();
        }
        catch (MlopsException e) when (tracker is not null)
        {
            // Failed runs are recorded too (status failed, with the reason), then the error goes on to the user.
            tracker.RecordFailed(e.Message, started);
            throw;
        }
        // A fresh run hands over what it wrote; a cache hit restored the same files into the output folder.
        var card = reference.Run?.Card ?? ModelCardFile.Read(result.CardPath);
        var profile = reference.Profile ?? ReferenceProfileJson.Load(Path.Combine(result.OutputFolder, TrainingFiles.ReferenceProfile));
        var recorded = tracker?.RecordFinished(card, result.OutputFolder, started, result.Cached);
        return new TrainOutcome(result, card, profile, recorded);
    }

    // Opened before training, not after: a store that cannot record the run should cost seconds, not the whole search.
    private static void RequireStore(TrainingTracker tracker)
    {
        try
        {
            using var store = ExperimentStoreFactory.Open(tracker.Location);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException)
        {
            throw new InputException(tracker.Location.ToString(), null, null,
                $"the experiment store cannot be opened ({e.Message}); fix tracking.uri (or MLOPS_TRACKING_URI), or pass --no-track", e);
        }
    }
}
