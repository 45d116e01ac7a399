using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.DataVersions.Push;
using CiCd.Errors;
using CiCd.Image.Distribution;
using Spectre.Console;

namespace CiCd.Cli.Commands.DataVersions;

/// <summary>`mlops data push FILE --to host:port/repository[:tag]`: stores the file as a data version.</summary>
internal static class DataPushCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var file = new Argument<string>("file") { Description = "The CSV or Parquet file." };
        var to = new Option<string?>("--to") { Description = "host:port/repository[:tag] (or name[:tag] in the local cache); default dataset.remote, else dataset.name locally." };
        var tag = new Option<string?>("--tag") { Description = "A name to tag the version with besides its fingerprint (e.g. 2026-12-06)." };
        var layerSize = new Option<long>("--layer-size") { Description = "Files above this many bytes are split into layers of it.", DefaultValueFactory = _ => DataPusher.DefaultLayerSize };
        var config = CommonOptions.Config();
        var cache = DataVersionOptions.Cache();
        var json = CommonOptions.Json();
        var command = new Command("push", "Store a data file as a versioned OCI artifact (credentials as for mlops image push).")
        {
            file, to, tag, layerSize, config, cache, json,
        };
        command.SetAction(parse =>
        {
            var target = DataVersionTarget.Resolve(parse.GetValue(to), parse.GetRequiredValue(config), givenIsRepository: true);
            var name = parse.GetValue(tag) ?? (parse.GetValue(to) is null ? null : target.Version);
            if (name?.StartsWith("sha256:", StringComparison.Ordinal) == true || parse.GetValue(layerSize) < 1)
            {
                throw new InputException("push to a tag, not a digest (the digest is the result), with a --layer-size of at least 1 byte");
            }
            if (name is not null && !ImageReference.IsTag(name))
            {
                throw new InputException($"--tag '{Shorten(name)}' is not a tag a registry accepts: a letter, digit or underscore, then up to 127 letters, digits, '_', '.' or '-'");
            }
            LayerCount.Check(parse.GetRequiredValue(file), parse.GetValue(layerSize));
            var log = StageLog.For(console, parse.GetValue(json));
            return DataVersionOptions.Run(async http =>
            {
                var store = target.Open(http, log, DataVersionOptions.CacheOf(parse.GetValue(cache), parse.GetRequiredValue(config)));
                var result = await new DataPusher(store, log, parse.GetValue(layerSize))
                    .PushAsync(parse.GetRequiredValue(file), target.Dataset, name, CancellationToken.None);
                DataVersionRenderer.Push(console, result, parse.GetValue(json));
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
