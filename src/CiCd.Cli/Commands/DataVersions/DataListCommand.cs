using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Errors;
using Spectre.Console;

namespace CiCd.Cli.Commands.DataVersions;

/// <summary>`mlops data list [REPOSITORY]`: the tags of a data repository.</summary>
internal static class DataListCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var repository = new Argument<string?>("repository") { Description = "host:port/repository or a local name; default dataset.remote, else dataset.name.", Arity = ArgumentArity.ZeroOrOne };
        var config = CommonOptions.Config();
        var cache = DataVersionOptions.Cache();
        var json = CommonOptions.Json();
        var command = new Command("list", "List the tags of a data repository.") { repository, config, cache, json };
        command.SetAction(parse =>
        {
            var target = DataVersionTarget.Resolve(parse.GetValue(repository), parse.GetRequiredValue(config), givenIsRepository: true);
            return DataVersionOptions.Run(async http =>
            {
                var store = target.Open(http, TextWriter.Null, DataVersionOptions.CacheOf(parse.GetValue(cache), parse.GetRequiredValue(config)));
                var tags = await store.ListTagsAsync(CancellationToken.None);
                DataVersionRenderer.List(console, target.Repository.Repository, tags, parse.GetValue(json));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
