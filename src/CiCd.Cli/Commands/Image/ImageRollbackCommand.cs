using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Errors;
using CiCd.Image.Distribution;
using CiCd.Pipeline.Promote;
using CiCd.Registry;
using Spectre.Console;

namespace CiCd.Cli.Commands.Image;

/// <summary>`mlops image rollback`: moves a stage tag back to an earlier digest, given directly or through a model version's recorded image.</summary>
internal static class ImageRollbackCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var host = ImageEngine.HostOption();
        var repository = new Argument<string>("repository") { Description = "host:port/repository" };
        var tag = new Option<string>("--tag", "-t") { Description = "The tag to move back.", DefaultValueFactory = _ => Registry.Aliases.ModelAliases.Production };
        var digest = new Option<string?>("--digest") { Description = "The earlier digest (sha256:…)." };
        var version = new Option<int?>("--to-version") { Description = "Take the digest recorded for this model version by mlops image push." };
        var model = new Option<string?>("--model", "-m") { Description = "Model name for --to-version; default the repository's last path part." };
        var modelRegistry = new Option<string>("--model-registry") { Description = "Model registry folder.", DefaultValueFactory = _ => RegistryOptions.DefaultRoot };
        var json = CommonOptions.Json();
        var command = new Command("rollback", "Point a tag back at an earlier image digest without rebuilding, push, and verify it.")
        {
            host, repository, tag, digest, version, model, modelRegistry, json,
        };
        command.SetAction(parse =>
        {
            var target = ImageReference.Parse(parse.GetRequiredValue(repository));
            var pinned = PromoteStage.RollbackDigest(new RollbackRequest(target, parse.GetValue(digest), parse.GetValue(version),
                parse.GetValue(model) ?? target.Repository[(target.Repository.LastIndexOf('/') + 1)..], parse.GetRequiredValue(modelRegistry)));
            var log = StageLog.For(console, parse.GetValue(json));
            return ImageEngine.Run(parse.GetValue(host), async (docker, http, cancel) =>
            {
                var result = await new PromoteStage(log).RollbackAsync(docker, http, target, pinned, parse.GetRequiredValue(tag), cancel);
                ImageRenderer.Promotion(console, result, parse.GetValue(json));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
