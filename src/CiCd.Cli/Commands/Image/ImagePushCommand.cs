using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Errors;
using CiCd.Image.ImageBuild;
using CiCd.Image.Distribution;
using CiCd.Image.Push;
using CiCd.Registry;
using Spectre.Console;

namespace CiCd.Cli.Commands.Image;

/// <summary>`mlops image push`: pushes an image with its tags, reads the digest back from the registry and records it in the model version.</summary>
internal static class ImagePushCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var host = ImageEngine.HostOption();
        var image = new Argument<string>("image") { Description = "host:port/repository:tag as built; its other tags in that repository go too." };
        var modelRegistry = new Option<string>("--model-registry") { Description = "Model registry folder where the digest is recorded.", DefaultValueFactory = _ => RegistryOptions.DefaultRoot };
        var json = CommonOptions.Json();
        var command = new Command("push", "Push the image (credentials from MLOPS_REGISTRY_USERNAME/PASSWORD or the Docker config file) and record its digest.")
        {
            host, image, modelRegistry, json,
        };
        command.SetAction(parse =>
        {
            var reference = ImageReference.Parse(parse.GetRequiredValue(image));
            var log = parse.GetValue(json) ? Console.Error : console.Profile.Out.Writer;
            return ImageEngine.Run(parse.GetValue(host), async (docker, http, cancel) =>
            {
                var session = DistributionSession.For(reference, docker, http, log);
                var result = await new ImagePusher(docker, session).PushAsync(reference, cancel);
                var recorded = Record(parse.GetRequiredValue(modelRegistry), result);
                ImageRenderer.Push(console, result, recorded, parse.GetValue(json));
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    // The version's image digest is what a rollback by version reads; an unregistered model just goes unrecorded.
    private static string? Record(string root, PushResult result)
    {
        if (!result.Labels.TryGetValue(LabelNames.ModelName, out var model) || !result.Labels.TryGetValue(LabelNames.ModelVersion, out var version))
        {
            return null;
        }
        var registry = new ModelRegistry(new RegistryOptions { Root = root });
        if (!registry.ListModels().Contains(model) || !registry.Show(model).Versions.Any(v => v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) == version))
        {
            return null;
        }
        registry.SetImageDigest(model, version, result.Digest);
        return $"{root}/{model} version {version}";
    }
}
