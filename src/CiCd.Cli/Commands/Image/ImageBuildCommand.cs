using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Errors;
using CiCd.Image.ImageBuild;
using CiCd.Pipeline.Image;
using CiCd.Registry;
using Spectre.Console;

namespace CiCd.Cli.Commands.Image;

/// <summary>`mlops image build`: builds, labels and tags the serving image from the publish output and a trained model.</summary>
internal static class ImageBuildCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var host = ImageEngine.HostOption();
        var repository = new Option<string?>("--repository", "-r") { Description = "Repository to tag in (host:port/name to push later); default the model name." };
        var modelDir = new Option<string>("--model-dir") { Description = "Folder with model.zip and model-card.json.", DefaultValueFactory = _ => "out/train" };
        var publishDir = new Option<string>("--publish-dir") { Description = "Self-contained publish output of src/CiCd.Cli.", DefaultValueFactory = _ => "out/publish" };
        var dockerfile = new Option<string>("--dockerfile") { Description = "The Dockerfile.", DefaultValueFactory = _ => "Dockerfile" };
        var baseImage = new Option<string?>("--base-image") { Description = "BASE_IMAGE build argument (e.g. the local base from build/base-image.sh)." };
        var modelVersion = new Option<string?>("--model-version") { Description = "Registry version of the model; default the version registered for the card's run." };
        var modelRegistry = new Option<string>("--model-registry") { Description = "Model registry folder.", DefaultValueFactory = _ => RegistryOptions.DefaultRoot };
        var stage = new Option<string?>("--stage") { Description = "development, certification or production; default from the branch." };
        var release = new Option<string?>("--release") { Description = "Semantic version: adds that tag and 'latest'." };
        var branch = new Option<string?>("--branch") { Description = "Branch (default GITHUB_REF_NAME, else git)." };
        var revision = new Option<string?>("--revision") { Description = "Commit (default GITHUB_SHA, else git)." };
        var source = new Option<string?>("--source") { Description = "Source repository URL for the OCI label (default from GitHub variables, else git remote)." };
        var output = CommonOptions.Out("out/image");
        var json = CommonOptions.Json();
        var command = new Command("build", "Build the serving image: context assembled here, OCI and model labels, version, stage and release tags.")
        {
            host, repository, modelDir, publishDir, dockerfile, baseImage, modelVersion, modelRegistry, stage, release, branch, revision, source, output, json,
        };
        command.SetAction(parse =>
        {
            var images = new ImageStage(parse.GetRequiredValue(modelRegistry), StageLog.For(console, parse.GetValue(json)));
            var request = images.Prepare(new ImageBuildRequest(
                new BuildInputs(parse.GetRequiredValue(dockerfile), parse.GetRequiredValue(publishDir), parse.GetRequiredValue(modelDir), parse.GetValue(baseImage)),
                parse.GetValue(repository), parse.GetValue(modelVersion), parse.GetValue(stage), parse.GetValue(release),
                parse.GetValue(branch), parse.GetValue(revision), parse.GetValue(source)));
            return ImageEngine.Run(parse.GetValue(host), async (docker, _, cancel) =>
            {
                var result = await images.BuildAsync(docker, request, parse.GetRequiredValue(output), cancel);
                ImageRenderer.Build(console, result, parse.GetValue(json));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
