using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Errors;
using CiCd.Image.Distribution;
using CiCd.Pipeline.Promote;
using Spectre.Console;

namespace CiCd.Cli.Commands.Image;

/// <summary>`mlops image promote`: points stage, release and latest tags at an existing digest, without rebuilding.</summary>
internal static class ImagePromoteCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var host = ImageEngine.HostOption();
        var repository = new Argument<string>("repository") { Description = "host:port/repository" };
        var digest = new Option<string?>("--digest") { Description = "The digest to promote (sha256:…)." };
        var from = new Option<string?>("--from") { Description = "Promote the digest this tag resolves to in the registry (e.g. certification)." };
        var tags = new Option<string[]>("--tag", "-t") { Description = "Tags to move (repeatable), e.g. production.", AllowMultipleArgumentsPerToken = true };
        var release = new Option<string?>("--release") { Description = "Also tag this semantic version and 'latest'." };
        var json = CommonOptions.Json();
        var command = new Command("promote", "Retag an existing image digest (locally and in the registry), push, and verify the tags resolve to it.")
        {
            host, repository, digest, from, tags, release, json,
        };
        command.SetAction(parse =>
        {
            var request = new PromotionRequest(ImageReference.Parse(parse.GetRequiredValue(repository)), parse.GetValue(digest), parse.GetValue(from),
                PromoteStage.TagsFor(parse.GetValue(tags) ?? [], parse.GetValue(release)));
            var log = StageLog.For(console, parse.GetValue(json));
            return ImageEngine.Run(parse.GetValue(host), async (docker, http, cancel) =>
            {
                var result = await new PromoteStage(log).PromoteAsync(docker, http, request, cancel);
                ImageRenderer.Promotion(console, result, parse.GetValue(json));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
