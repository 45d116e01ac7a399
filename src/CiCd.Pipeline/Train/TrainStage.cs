using System.Data.Common;
using CiCd.Configuration;
using CiCd.DataVersions.Train;
using CiCd.Errors;
using CiCd.Monitoring.Profiles;
using CiCd.Tracking.Store;
using CiCd.Train;
using CiCd.Train.Shards;

namespace CiCd.Pipeline.Train;

/// <summary>
/// The train stage: runs the ML.NET engine (<see cref="TrainingEngine"/>), which reads and splits the data
/// once; profiles the training rows it split as the drift reference and as the data profile, inside the run so the
/// stage cache keeps them; and records the run, failed or finished, in the experiment store when a tracker is given.
/// </summary>
public sealed class TrainStage(MlopsConfig config, TrainingOptions options, TrainingTracker? tracker = null, IProgress<TrainingProgress>? progress = null)
{
    /// <summary>Where the run is recorded; null when it is not tracked.</summary>
    public TrainingTracker? Tracker => tracker;

    /// <summary>
    /// The stage for a request: the config of the registered version to reproduce (its data version, and a warning on
    /// <paramref name="log"/> for each setting that differs), the tracker, and the data version pulled and verified.
    /// </summary>
    public static TrainStage Prepare(MlopsConfig config, TrainRequest request, TextWriter log, IProgress<TrainingProgress>? progress = null)
    {
        if (request.Reproduce is { } target)
        {
            config = TrainReproduction.Prepare(config, target, log);
        }
        var tracker = request.Track ? new TrainingTracker(config) : null;
        var dataVersion = DatasetVersionResolver.Ensure(config, log);
        var options = new TrainingOptions(request.OutputFolder, request.CacheFolder, request.UseCache) { DataVersion = dataVersion, MergeFrom = request.MergeFrom };
        return new TrainStage(config, options, tracker, progress);
    }

    /// <summary>The matrix CI runs, from `training.shards` (one job when it is 1).</summary>
    public static ShardPlan Plan(MlopsConfig config)
    {
        var units = SearchPlan.Expand(config).Count * config.Training.Folds;
        return new ShardPlan(config.Training.Shards, units, [.. Enumerable.Range(1, config.Training.Shards)]);
    }

    /// <summary>Trains one slice (<c>I/N</c>) of the work units and writes <c>train-shard-I-of-N.json</c> into the output folder.</summary>
    public ShardRun RunShard(string shard) => new TrainingEngine(config, options, progress).RunShard(ShardId.Parse(shard));

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
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InputException)
        {
            throw new InputException(tracker.Location.ToString(), null, null,
                $"the experiment store cannot be opened ({e.Message}); fix tracking.uri (or MLOPS_TRACKING_URI), or pass --no-track", e);
        }
    }
}
