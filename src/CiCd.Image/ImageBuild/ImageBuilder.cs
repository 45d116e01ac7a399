using System.Diagnostics;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Image.Engine;
using CiCd.Train;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace CiCd.Image.ImageBuild;

/// <summary>Builds the serving image through the engine API: context tar, build arguments, labels, tags, streamed progress.</summary>
public sealed class ImageBuilder(IDockerClient docker, TextWriter log)
{
    /// <summary>Builds and tags the image; a failed step is exit code 1 with the engine's message.</summary>
    public async Task<ImageBuildResult> BuildAsync(BuildRequest request, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var card = JsonReport.Read<ModelCard>(Path.Combine(request.Inputs.ModelFolder, TrainingFiles.CardJson));
        var tags = ImageTags.For(request.ModelVersion, request.Source, request.Stage, request.Release);
        var imageVersion = request.Release is { } release ? ImageTags.Release(release) : tags[0];
        var labels = ImageLabels.Create(card, request.ModelVersion, request.Source, imageVersion, DateTimeOffset.UtcNow);
        var references = tags.Select(tag => request.Repository.WithTag(tag).ToString()).ToList();
        var arguments = new Dictionary<string, string>
        {
            ["PUBLISH_DIR"] = ContextArchive.PublishDir,
            ["MODEL_DIR"] = ContextArchive.ModelDir,
        };
        if (request.Inputs.BaseImage is { } baseImage)
        {
            arguments["BASE_IMAGE"] = baseImage;
        }
        await using var context = ContextArchive.Create(request.Inputs, out var files);
        var contextBytes = context.Length;
        log.WriteLine($"building {references[0]} ({Counted.Of(files, "file")}, {contextBytes / 1048576.0:F1} MiB context)");
        var progress = new ProgressLog(log);
        var parameters = new ImageBuildParameters
        {
            Dockerfile = "Dockerfile",
            Tags = references,
            Labels = new Dictionary<string, string>(labels),
            BuildArgs = arguments,
            // Intermediate containers of a failed step would otherwise stay behind in the engine.
            Remove = true,
            ForceRemove = true,
        };
        await docker.Images.BuildImageFromDockerfileAsync(parameters, context, [], new Dictionary<string, string>(), progress, cancel);
        if (progress.Error is { } error)
        {
            throw new MlopsException($"image build failed: {error}", ExitCodes.CheckFailed);
        }
        var image = await docker.Images.InspectImageAsync(references[0], cancel);
        return new ImageBuildResult(image.ID, references, labels, files, contextBytes, image.Size, clock.Elapsed.TotalSeconds);
    }
}
