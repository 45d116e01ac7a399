using System.Collections.Concurrent;
using CiCd.Image.Distribution;
using CiCd.Image.ImageBuild;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>
/// Serving images built once per run, one per model folder, for the tests that only run containers of an image or
/// derive images from it: each build sends the ~150 MB publish output to the engine again, so building the same
/// image in every such test made the Image tests the longest test project. Tests that check a build, a tag or a push
/// build their own image. The environment removes these images with everything else when the run ends.
/// </summary>
public sealed class ServingImages(ImageEnvironment environment)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _built = new(StringComparer.Ordinal);

    /// <summary>The image of the model in <paramref name="modelFolder"/> (as <see cref="ImageBuilder"/> makes it); read-only.</summary>
    public Task<string> Of(string modelFolder) =>
        _built.GetOrAdd(modelFolder, folder => new Lazy<Task<string>>(() => BuildAsync(folder))).Value;

    private async Task<string> BuildAsync(string modelFolder)
    {
        using var docker = environment.Client();
        var repository = environment.NewRepository("shared");
        var source = new SourceInfo("https://github.com/cicd-ml/cicd", "fedcba9876543210fedcba9876543210fedcba98", "developer");
        var request = new BuildRequest(environment.Inputs(modelFolder), ImageReference.Parse(repository.Repository), "9", source, "development", null);
        var result = await new ImageBuilder(docker, TextWriter.Null).BuildAsync(request, CancellationToken.None);
        return result.References[1];
    }
}
