using CiCd.Errors;
using CiCd.Image.Distribution;
using CiCd.Image.Engine;
using CiCd.Image.Push;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace CiCd.Image.Promote;

/// <summary>
/// Points tags at an image that already exists, by digest: pulled when the engine lacks it, tagged, pushed, and
/// checked against the registry. Nothing is rebuilt, so what was smoke-tested is exactly what ships; a rollback
/// is the same move towards an older digest.
/// </summary>
public sealed class ImagePromoter(IDockerClient docker, DistributionSession registry, TextWriter log)
{
    /// <summary>Moves <paramref name="tags"/> of <paramref name="repository"/> to <paramref name="digest"/>.</summary>
    public async Task<PromotionResult> PromoteAsync(ImageReference repository, string digest, IReadOnlyList<string> tags, CancellationToken cancel)
    {
        if (tags.Count == 0)
        {
            throw new InputException("name at least one tag to move (--tag)");
        }
        var source = repository.WithDigest(digest);
        await EnsureLocalAsync(source, cancel);
        var previous = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            var target = repository.WithTag(tag);
            previous[tag] = await registry.Api.ResolveAsync(target, cancel);
            await docker.Images.TagImageAsync(source.ToString(), new ImageTagParameters { RepositoryName = repository.Repository, Tag = tag, Force = true }, cancel);
            await registry.PushAsync(target, cancel);
            await registry.VerifyAsync(target, digest, cancel);
            log.WriteLine($"{target}: {previous[tag] ?? "(new)"} → {digest}");
        }
        return new PromotionResult(repository.Repository, digest, previous);
    }

    private async Task EnsureLocalAsync(ImageReference source, CancellationToken cancel)
    {
        try
        {
            await docker.Images.InspectImageAsync(source.ToString(), cancel);
            return;
        }
        catch (DockerImageNotFoundException)
        {
            // Not here (another machine built it): fetch exactly that digest below.
        }
        log.WriteLine($"pulling {source}");
        var progress = new ProgressLog(log);
        try
        {
            await docker.Images.CreateImageAsync(new ImagesCreateParameters { FromImage = source.Repository, Tag = source.Digest }, registry.Auth(source), progress, cancel);
        }
        catch (DockerApiException e)
        {
            throw new MlopsException($"cannot pull {source}: {e.ResponseBody.Trim()}", ExitCodes.InputError, e);
        }
        if (progress.Error is { } error)
        {
            throw new MlopsException($"cannot pull {source}: {error}", ExitCodes.InputError);
        }
    }
}
