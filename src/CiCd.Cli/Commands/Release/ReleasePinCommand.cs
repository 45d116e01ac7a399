using System.CommandLine;
using CiCd.Errors;
using CiCd.Release.Deploy;
using Spectre.Console;

namespace CiCd.Cli.Commands.Release;

/// <summary>`mlops release pin`: writes the promoted image digest into a kustomize overlay (deploy/kubernetes/overlays/production).</summary>
internal static class ReleasePinCommand
{
    // The image name the base Deployment uses (deploy/kubernetes/base/deployment.yaml) and the overlays replace.
    private const string BaseImageName = "cicd-model";

    public static Command Create(IAnsiConsole console)
    {
        var overlay = new Argument<string>("overlay") { Description = "The overlay folder (or its kustomization.yaml), e.g. deploy/kubernetes/overlays/production." };
        var image = new Option<string>("--image") { Description = "The image repository, e.g. ghcr.io/owner/repo.", Required = true };
        var digest = new Option<string>("--digest") { Description = "The promoted digest, sha256:<64 hex digits>.", Required = true };
        var name = new Option<string>("--name") { Description = $"The image name in the base the entry replaces (default {BaseImageName}).", DefaultValueFactory = _ => BaseImageName };
        var command = new Command("pin", "Point a kustomize overlay at an image digest, keeping the file's comments (for a GitOps pull request).")
        {
            overlay, image, digest, name,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(overlay);
            var file = Directory.Exists(path) ? Path.Combine(path, "kustomization.yaml") : path;
            var reference = $"{parse.GetRequiredValue(image)}@{parse.GetRequiredValue(digest)}";
            var changed = KustomizeImagePin.Pin(file, parse.GetRequiredValue(name), parse.GetRequiredValue(image), parse.GetRequiredValue(digest));
            console.WriteLine(changed ? $"{file}: {reference}" : $"{file}: already {reference}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
