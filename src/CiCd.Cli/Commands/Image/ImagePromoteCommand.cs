using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Errors;
using CiCd.Image.Build;
using CiCd.Image.Distribution;
using CiCd.Image.Promote;
using CiCd.Image.Push;
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
            var target = ImageReference.Parse(parse.GetRequiredValue(repository));
            var moved = (parse.GetValue(tags) ?? []).ToList();
            if (parse.GetValue(release) is { } version)
            {
                moved.Add(ImageTags.Release(version));
                moved.Add("latest");
            }
            var log = parse.GetValue(json) ? Console.Error : console.Profile.Out.Writer;
            return ImageEngine.Run(parse.GetValue(host), async (docker, http, cancel) =>
            {
                var session = DistributionSession.For(target, docker, http, log);
                var chosen = parse.GetValue(digest) ?? (parse.GetValue(from) is { } tag
                    ? await session.Api.ResolveAsync(target.WithTag(tag), cancel) ?? throw new InputException($"{target.WithTag(tag)} is not in the registry")
                    : throw new InputException("say what to promote: --digest sha256:… or --from <tag>"));
                var result = await new ImagePromoter(docker, session, log).PromoteAsync(target, ImageReference.Parse($"{target.Repository}@{chosen}").Digest!, moved, cancel);
                ImageRenderer.Promotion(console, result, parse.GetValue(json));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
