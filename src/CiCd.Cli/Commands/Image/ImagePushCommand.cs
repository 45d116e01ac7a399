using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Errors;
using CiCd.Image.Distribution;
using CiCd.Pipeline.Image;
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
            var images = new ImageStage(parse.GetRequiredValue(modelRegistry), StageLog.For(console, parse.GetValue(json)));
            return ImageEngine.Run(parse.GetValue(host), async (docker, http, cancel) =>
            {
                var (result, recorded) = await images.PushAsync(docker, http, reference, cancel);
                ImageRenderer.Push(console, result, recorded, parse.GetValue(json));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
