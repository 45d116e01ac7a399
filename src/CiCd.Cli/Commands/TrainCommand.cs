using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Pipeline.Train;
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
        var reproduce = new Option<string?>("--reproduce") { Description = "Retrain a registered version (name@version or name@alias) on exactly the data version its card records." };
        var shard = new Option<string?>("--shard") { Description = "Train only shard I of N of the (candidate, fold) work units, e.g. 2/4; writes train-shard-I-of-N.json into --out." };
        var merge = new Option<string[]>("--merge") { Description = "Select, refit and write the run from the shard files in these folders (or files) instead of training the units.", AllowMultipleArgumentsPerToken = true };
        var plan = new Option<bool>("--plan") { Description = "Print the shard matrix of training.shards as one line of JSON, and train nothing." };
        var command = new Command("train", "Train the candidates in mlops.yaml, select one by cross-validation, test it on the held-out split, record the run.")
        {
            config, output, json, noCache, noTrack, cacheFolder, reproduce,
        };
        command.Options.Add(shard);
        command.Options.Add(merge);
        command.Options.Add(plan);
        command.SetAction(parse =>
        {
            var asJson = parse.GetValue(json);
            var request = new TrainRequest
            {
                OutputFolder = parse.GetRequiredValue(output),
                CacheFolder = parse.GetRequiredValue(cacheFolder),
                UseCache = !parse.GetValue(noCache),
                Track = !parse.GetValue(noTrack),
                Reproduce = parse.GetValue(reproduce),
                Shard = parse.GetValue(shard),
                MergeFrom = parse.GetValue(merge) is { Length: > 0 } shards ? shards : null,
            };
            request.CheckExclusive();
            var pipelineConfig = ConfigLoader.Load(parse.GetRequiredValue(config));
            if (parse.GetValue(plan))
            {
                return TrainShards.RenderPlan(console, TrainStage.Plan(pipelineConfig));
            }
            var stage = TrainStage.Prepare(pipelineConfig, request, StageLog.For(console, asJson),
                asJson ? null : new TrainingProgressPrinter(console));
            if (request.Shard is not null)
            {
                return TrainShards.Render(console, stage.RunShard(request.Shard), asJson);
            }
            var outcome = stage.Run();
            if (asJson)
            {
                console.WriteLine(JsonReport.Serialize(outcome.Result));
                return ExitCodes.Ok;
            }
            TrainingRenderer.Render(console, outcome.Result, outcome.Card);
            if (outcome.Recorded is not null)
            {
                console.MarkupLine($"run {Markup.Escape(outcome.Recorded.Run.RunId)} recorded in {Markup.Escape(stage.Tracker!.Location.ToString())}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
