using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.DataVersions.Adopt;
using CiCd.DataVersions.Stores;
using CiCd.Errors;
using CiCd.Formats;
using Spectre.Console;

namespace CiCd.Cli.Commands.DataVersions;

/// <summary>
/// `mlops data adopt SNAPSHOT`: the snapshot becomes the training data, pushed to dataset.remote with dataset.version set
/// to it, or copied over dataset.path when there is no remote; prints the files that changed (for the commit).
/// </summary>
internal static class DataAdoptCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var file = new Argument<string>("snapshot") { Description = "The snapshot CSV (mlops data snapshot --out); FILE.provenance.json goes beside dataset.path." };
        var tag = new Option<string?>("--tag") { Description = "A name to tag the pushed version with besides its fingerprint (e.g. retrain-1234)." };
        var config = CommonOptions.Config();
        var cache = DataVersionOptions.Cache();
        var json = CommonOptions.Json();
        var command = new Command("adopt", "Make a snapshot the training data: push it and set dataset.version (with dataset.remote), else copy it over dataset.path.")
        {
            file, tag, config, cache, json,
        };
        command.SetAction(parse =>
        {
            var configPath = parse.GetRequiredValue(config);
            var loaded = ConfigLoader.Load(configPath);
            var log = StageLog.For(console, parse.GetValue(json));
            return DataVersionOptions.Run(async http =>
            {
                var result = await SnapshotAdoption.AdoptAsync(loaded, parse.GetRequiredValue(file), parse.GetValue(tag),
                    () => DataStores.Open(DataRepository.Of(loaded.Dataset) with { Tag = null, Digest = null }, http, log,
                        DataVersionOptions.CacheOf(parse.GetValue(cache), configPath)),
                    log, CancellationToken.None);
                if (parse.GetValue(json))
                {
                    console.Profile.Out.Writer.WriteLine(JsonReport.Serialize(result));
                }
                else
                {
                    console.WriteLine(result.Mode == AdoptionResult.Pushed
                        ? $"pushed to {result.Remote} as {result.Digest}; changed:"
                        : "copied over the training data; changed:");
                    foreach (var changed in result.Changed)
                    {
                        console.WriteLine(Path.GetRelativePath(Directory.GetCurrentDirectory(), changed));
                    }
                }
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
