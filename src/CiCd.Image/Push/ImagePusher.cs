using CiCd.Errors;
using CiCd.Image.Distribution;
using Docker.DotNet;

namespace CiCd.Image.Push;

/// <summary>
/// Pushes an image with every tag it carries in its repository, then asks the registry which digest the tags resolve to;
/// all of them must agree, and that digest is what promotion and the model registry refer to from then on.
/// </summary>
public sealed class ImagePusher(IDockerClient docker, DistributionSession registry)
{
    /// <summary>Pushes <paramref name="image"/> (repository:tag) and its sibling tags in the same repository.</summary>
    public async Task<PushResult> PushAsync(ImageReference image, CancellationToken cancel)
    {
        if (image.Tag is null)
        {
            throw new InputException($"'{image}' names no tag; push a tag the build made (repository:tag)");
        }
        Docker.DotNet.Models.ImageInspectResponse local;
        try
        {
            local = await docker.Images.InspectImageAsync(image.ToString(), cancel);
        }
        catch (DockerImageNotFoundException e)
        {
            throw new InputException($"image '{image}' is not in the engine; build it first (mlops image build)", e);
        }
        var tags = local.RepoTags.Select(ImageReference.Parse).Where(r => r.Repository == image.Repository && r.Tag is not null)
            .Select(r => r.Tag!).Prepend(image.Tag).Distinct().ToList();
        foreach (var tag in tags)
        {
            await registry.PushAsync(image.WithTag(tag), cancel);
        }
        var digest = await registry.VerifyAsync(image, null, cancel);
        foreach (var tag in tags.Skip(1))
        {
            await registry.VerifyAsync(image.WithTag(tag), digest, cancel);
        }
        return new PushResult(image.Repository, digest, tags, local.Config.Labels is { } labels ? new Dictionary<string, string>(labels) : []);
    }
}
