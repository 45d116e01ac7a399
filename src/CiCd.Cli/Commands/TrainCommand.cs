using System.CommandLine;
using System.Data.Common;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Monitoring.Profiles;
using CiCd.Reports;
using CiCd.Tracking.Recording;
using CiCd.Tracking.Store;
using CiCd.Train;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops train`: cross-validates the candidates, selects, refits, tests, writes the model and its card, and records the run.</summary>
internal static class TrainCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var output = CommonOptions.Out("out/train");
        var json = CommonOptions.Json();
        var noCache = new Option<bool>("--no-cache") { Description = "Train even when a cached run with the same inputs exists." };
        var noTrack = new Option<bool>("--no-track") { Description = "Do not record the run in the experiment store." };
        var cacheFolder = new Option<string>("--cache") { Description = "Stage cache folder.", DefaultValueFactory = _ => ".mlops/cache/train" };
        var command = new Command("train", "Train the candidates in mlops.yaml, select one by cross-validation, test it on the held-out split, record the run.")
        {
            config, output, json, noCache, noTrack, cacheFolder,
        };
        command.SetAction(parse =>
        {
            var asJson = parse.GetValue(json);
            var pipelineConfig = ConfigLoader.Load(parse.GetRequiredValue(config));
            var tracker = parse.GetValue(noTrack) ? null : new TrainingTracker(pipelineConfig);
            if (tracker is not null)
            {
                RequireStore(tracker);
            }
            var options = new TrainingOptions(parse.GetRequiredValue(output), parse.GetRequiredValue(cacheFolder), !parse.GetValue(noCache));
            var started = DateTimeOffset.UtcNow;
            TrainingResult result;
            var pipeline = new TrainingPipeline(pipelineConfig, options, asJson ? null : new TrainingProgressPrinter(console));
            try
            {
                result = pipeline.Run();
            }
            catch (MlopsException e) when (tracker is not null)
            {
                // Failed runs are recorded too (status failed, with the reason), then the error goes on to the user.
                tracker.RecordFailed(e.Message, started);
                throw;
            }
            // Written on cached reruns too: the cache keeps only the pipeline's files, and the profile is cheap to rebuild.
            ReferenceProfileJson.Save(TrainingReference.Build(pipelineConfig, pipeline.Data!), Path.Combine(result.OutputFolder, TrainingFiles.ReferenceProfile));
            var card = JsonReport.Read<ModelCard>(result.CardPath);
            var recorded = tracker?.RecordFinished(card, result.OutputFolder, started, result.Cached);
            if (asJson)
            {
                console.WriteLine(JsonReport.Serialize(result));
                return ExitCodes.Ok;
            }
            TrainingRenderer.Render(console, result, card);
            if (recorded is not null)
            {
                console.MarkupLine($"run {Markup.Escape(recorded.Run.RunId)} recorded in {Markup.Escape(tracker!.Location.ToString())}");
            }
            return ExitCodes.Ok;
        });
        return command;
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
