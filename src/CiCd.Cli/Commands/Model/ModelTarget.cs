using System.CommandLine;
using CiCd.Configuration;
using CiCd.Registry;

namespace CiCd.Cli.Commands.Model;

/// <summary>The options every `mlops model` command shares: which config, which registry folder, which model.</summary>
internal sealed class ModelTarget
{
    public Option<string> Config { get; } = CommonOptions.Config();

    public Option<string?> Registry { get; } = new("--registry") { Description = "Registry folder (default: registry.root in the config, else models/)." };

    public Option<string?> Model { get; } = new("--model", "-m") { Description = "Model name (default: registry.model in the config, else the dataset name)." };

    public void AddTo(Command command)
    {
        command.Add(Config);
        command.Add(Registry);
        command.Add(Model);
    }

    /// <summary>The registry and model name, from the options or else from the config file.</summary>
    public (ModelRegistry Registry, string Model) Resolve(ParseResult parse)
    {
        var root = parse.GetValue(Registry);
        var model = parse.GetValue(Model);
        if (root is null || model is null)
        {
            var config = ConfigLoader.Load(parse.GetRequiredValue(Config)).Registry;
            root ??= config.Root;
            model ??= config.Model;
        }
        return (new ModelRegistry(new RegistryOptions { Root = root }), model);
    }
}
