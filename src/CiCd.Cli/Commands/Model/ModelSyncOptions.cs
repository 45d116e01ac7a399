using System.CommandLine;
using CiCd.Configuration;
using CiCd.Registry.Sharing;

namespace CiCd.Cli.Commands.Model;

/// <summary>The options of `mlops model sync pull` and `push`: the registry folder, the branch and the remote.</summary>
internal sealed class ModelSyncOptions
{
    public Option<string> Config { get; } = CommonOptions.Config();

    public Option<string?> Registry { get; } = new("--registry") { Description = "Registry folder (default: registry.root in the config, else models/)." };

    public Option<string> Branch { get; } = new("--branch") { Description = "The branch holding the registry.", DefaultValueFactory = _ => ModelSyncCommand.DefaultBranch };

    public Option<string> Remote { get; } = new("--remote") { Description = "The git remote (name or URL).", DefaultValueFactory = _ => "origin" };

    public Option<bool> Json { get; } = CommonOptions.Json();

    public void AddTo(Command command)
    {
        command.Add(Config);
        command.Add(Registry);
        command.Add(Branch);
        command.Add(Remote);
        command.Add(Json);
    }

    public (RegistryBranch Branch, string Root) Resolve(ParseResult parse)
    {
        var root = parse.GetValue(Registry) ?? ConfigLoader.Load(parse.GetRequiredValue(Config)).Registry.Root;
        var branch = new RegistryBranch(Directory.GetCurrentDirectory(), parse.GetRequiredValue(Remote), parse.GetRequiredValue(Branch), GitCredentials.FromEnvironment());
        return (branch, root);
    }
}
