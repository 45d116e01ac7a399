using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.DataVersions.Pull;
using CiCd.Errors;
using Spectre.Console;

namespace CiCd.Cli.Commands.DataVersions;

/// <summary>`mlops data show REF`: the config (fingerprint, schema, rows, provenance) and layers of a data version.</summary>
internal static class DataShowCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var reference = new Argument<string?>("ref") { Description = "As for mlops data pull; default dataset.version.", Arity = ArgumentArity.ZeroOrOne };
        var config = CommonOptions.Config();
        var cache = DataVersionOptions.Cache();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show a data version's config and layers.") { reference, config, cache, json };
        command.SetAction(parse =>
        {
            var target = DataVersionTarget.Resolve(parse.GetValue(reference), parse.GetRequiredValue(config));
            var version = target.Version ?? throw new InputException("name the version to show (a tag or digest), or set dataset.version");
            return DataVersionOptions.Run(async http =>
            {
                var store = target.Open(http, TextWriter.Null, DataVersionOptions.CacheOf(parse.GetValue(cache), parse.GetRequiredValue(config)));
                var artifact = await DataArtifactReader.ReadAsync(store, version, CancellationToken.None);
                DataVersionRenderer.Show(console, artifact, parse.GetValue(json));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
