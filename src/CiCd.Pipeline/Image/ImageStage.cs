using System.Globalization;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Image.Distribution;
using CiCd.Image.ImageBuild;
using CiCd.Image.Push;
using CiCd.Registry;
using CiCd.Train;
using Docker.DotNet;

namespace CiCd.Pipeline.Image;

/// <summary>
/// The image stage: builds the serving image of a trained model, labelled with the version the model registry holds it
/// as, and pushes it, recording the pushed digest on that version so a rollback by version finds it. What a build
/// needs from the model folder, the registry and git is gathered by <see cref="Prepare"/>, before any engine is reached.
/// </summary>
/// <param name="modelRegistry">The model registry folder.</param>
/// <param name="log">Where the engine's progress goes.</param>
public sealed class ImageStage(string modelRegistry, TextWriter log)
{
    /// <summary>The build of <paramref name="request"/>: the card's name and registered version, the commit and the branch's alias unless given.</summary>
    public BuildRequest Prepare(ImageBuildRequest request)
    {
        var card = JsonReport.Read<ModelCard>(Path.Combine(request.Inputs.ModelFolder, TrainingFiles.CardJson));
        var version = request.ModelVersion ?? RegisteredVersion(card);
        var source = GitSource.Read(Directory.GetCurrentDirectory(), request.Source, request.Revision, request.Branch);
        return new BuildRequest(request.Inputs, ImageReference.Parse(request.Repository ?? card.Name), version, source,
            request.Stage ?? BranchAlias.Of(source.Branch), request.Release);
    }

    /// <summary>Builds the image and writes <c>build.json</c> into <paramref name="outputFolder"/>.</summary>
    public async Task<ImageBuildResult> BuildAsync(IDockerClient docker, BuildRequest request, string outputFolder, CancellationToken cancel)
    {
        var result = await new ImageBuilder(docker, log).BuildAsync(request, cancel);
        JsonReport.Write(Path.Combine(outputFolder, "build.json"), result);
        return result;
    }

    /// <summary>Pushes <paramref name="image"/> with its other tags in the repository and records the digest on the model version its labels name.</summary>
    public async Task<ImagePush> PushAsync(IDockerClient docker, HttpClient http, ImageReference image, CancellationToken cancel)
    {
        var session = DistributionSession.For(image, docker, http, log);
        var result = await new ImagePusher(docker, session).PushAsync(image, cancel);
        return new ImagePush(result, Record(result));
    }

    /// <summary>
    /// Records the pushed digest on the model version the image's labels name and says where; an image of an unregistered
    /// model (or one without the labels) just goes unrecorded.
    /// </summary>
    public string? Record(PushResult result)
    {
        if (!result.Labels.TryGetValue(LabelNames.ModelName, out var model) || !result.Labels.TryGetValue(LabelNames.ModelVersion, out var version))
        {
            return null;
        }
        var registry = Registry();
        if (!registry.ListModels().Contains(model) || !registry.Show(model).Versions.Any(v => v.Version.ToString(CultureInfo.InvariantCulture) == version))
        {
            return null;
        }
        registry.SetImageDigest(model, version, result.Digest);
        return $"{modelRegistry}/{model} version {version}";
    }

    private ModelRegistry Registry() => new(new RegistryOptions { Root = modelRegistry });

    private string RegisteredVersion(ModelCard card)
    {
        var registry = Registry();
        var version = registry.ListModels().Contains(card.Name)
            ? registry.Show(card.Name).Versions.FirstOrDefault(v => v.RunId == card.RunId)
            : null;
        return version?.Version.ToString(CultureInfo.InvariantCulture)
            ?? throw new InputException($"run {card.RunId} of '{card.Name}' is not registered in {modelRegistry}/; register it (mlops model register) or pass --model-version");
    }
}
