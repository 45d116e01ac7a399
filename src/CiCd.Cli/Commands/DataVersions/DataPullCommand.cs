using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.DataVersions.Pull;
using CiCd.Errors;
using Spectre.Console;

namespace CiCd.Cli.Commands.DataVersions;

/// <summary>`mlops data pull REF --out FILE`: fetches a data version, verifies every byte, and only then writes the file.</summary>
internal static class DataPullCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var reference = new Argument<string?>("ref") { Description = "host:port/repository:tag or @sha256:…, or a tag or digest in dataset.remote; default dataset.version.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out", "-o") { Description = "The file to write; default dataset.path." };
        var ifConfigured = new Option<bool>("--if-configured") { Description = "With no ref: pull dataset.version, or do nothing (exit 0) when the config names none (for the build)." };
        var config = CommonOptions.Config();
        var cache = DataVersionOptions.Cache();
        var json = CommonOptions.Json();
        var command = new Command("pull", "Fetch a data version, checking every layer digest and the fingerprint before the file appears.")
        {
            reference, output, ifConfigured, config, cache, json,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(ifConfigured) && parse.GetValue(reference) is null && !DataVersionTarget.Configured(parse.GetRequiredValue(config)))
            {
                console.WriteLine("no dataset.version in the config: nothing to pull");
                return ExitCodes.Ok;
            }
            var target = DataVersionTarget.Resolve(parse.GetValue(reference), parse.GetRequiredValue(config));
            var version = target.Version ?? throw new InputException("name the version to pull (a tag or digest), or set dataset.version");
            var file = parse.GetValue(output) ?? target.Dataset?.Path ?? throw new InputException("name the file to write (--out)");
            var log = StageLog.For(console, parse.GetValue(json));
            return DataVersionOptions.Run(async http =>
            {
                var store = target.Open(http, log, DataVersionOptions.CacheOf(parse.GetValue(cache), parse.GetRequiredValue(config)));
                var result = await new DataPuller(store, log).PullAsync(version, file, target.Dataset, CancellationToken.None);
                DataVersionRenderer.Pull(console, result, parse.GetValue(json));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
