using System.Globalization;
using CiCd.Errors;
using CiCd.Image.Distribution;
using CiCd.Image.ImageBuild;
using CiCd.Image.Promote;
using CiCd.Image.Push;
using CiCd.Registry;
using Docker.DotNet;

namespace CiCd.Pipeline.Promote;

/// <summary>
/// The promote stage: points tags of an image repository at a digest built and smoke-tested before, without a rebuild.
/// On master the certified digest gets the production, release and latest tags; a rollback moves a tag back to an
/// earlier digest, given or recorded for a model version by <c>mlops image push</c>. What the request names is checked
/// before any engine is reached; the move itself goes through the engine and is verified against the registry.
/// </summary>
public sealed class PromoteStage(TextWriter log)
{
    /// <summary>The tags a promotion moves: <paramref name="tags"/>, then on a <paramref name="release"/> its semantic version and <c>latest</c>.</summary>
    public static IReadOnlyList<string> TagsFor(IReadOnlyList<string> tags, string? release) =>
        release is null ? [.. tags] : [.. tags, ImageTags.Release(release), "latest"];

    /// <summary>The digest a rollback moves to: <see cref="RollbackRequest.Digest"/>, else the one recorded for the model version.</summary>
    public static string RollbackDigest(RollbackRequest request)
    {
        var chosen = request.Digest ?? (request.Version is { } number
            ? RecordedDigest(request.ModelRegistry, request.Model, number)
            : throw new InputException("say where to roll back to: --digest sha256:… or --to-version N"));
        return Pinned(request.Repository, chosen);
    }

    /// <summary>Moves the request's tags to its digest, or to the digest its <see cref="PromotionRequest.From"/> tag resolves to in the registry.</summary>
    public async Task<PromotionResult> PromoteAsync(IDockerClient docker, HttpClient http, PromotionRequest request, CancellationToken cancel)
    {
        var session = DistributionSession.For(request.Repository, docker, http, log);
        var chosen = request.Digest ?? (request.From is { } tag
            ? await session.Api.ResolveAsync(request.Repository.WithTag(tag), cancel) ?? throw new InputException($"{request.Repository.WithTag(tag)} is not in the registry")
            : throw new InputException("say what to promote: --digest sha256:… or --from <tag>"));
        return await new ImagePromoter(docker, session, log).PromoteAsync(request.Repository, Pinned(request.Repository, chosen), request.Tags, cancel);
    }

    /// <summary>Moves <paramref name="tag"/> back to <paramref name="digest"/> (from <see cref="RollbackDigest"/>).</summary>
    public Task<PromotionResult> RollbackAsync(IDockerClient docker, HttpClient http, ImageReference repository, string digest, string tag, CancellationToken cancel) =>
        new ImagePromoter(docker, DistributionSession.For(repository, docker, http, log), log).PromoteAsync(repository, digest, [tag], cancel);

    // The digest as the reference parser checks it (sha256:<64 hex digits>), so a malformed one is refused before any move.
    private static string Pinned(ImageReference repository, string digest) => ImageReference.Parse($"{repository.Repository}@{digest}").Digest!;

    private static string RecordedDigest(string root, string model, int version)
    {
        var found = new ModelRegistry(new RegistryOptions { Root = root }).GetVersion(model, version.ToString(CultureInfo.InvariantCulture));
        return found.ImageDigest ?? throw new InputException($"{model} version {version} has no image digest recorded in {root}/; push its image first (mlops image push)");
    }
}
