using CiCd.Configuration;
using CiCd.DataVersions.Stores;
using CiCd.Errors;
using CiCd.Image.Distribution;

namespace CiCd.Cli.Commands.DataVersions;

/// <summary>
/// Which repository and version a `mlops data push|pull|list|show` argument names: a full reference
/// (<c>host:port/repo:tag</c>, <c>repo@sha256:…</c>, <c>name:tag</c> in the local cache), or a bare tag or digest in the
/// repository of <c>dataset.remote</c> (else <c>dataset.name</c> in the local cache).
/// </summary>
internal sealed record DataVersionTarget(ImageReference Repository, string? Version, DatasetConfig? Dataset)
{
    /// <summary>Resolves <paramref name="given"/> (null: the configured repository and version) against the config, when there is one.</summary>
    public static DataVersionTarget Resolve(string? given, string configPath, bool givenIsRepository = false)
    {
        var dataset = File.Exists(configPath) ? ConfigLoader.Load(configPath).Dataset : null;
        var home = dataset is null ? null : DataRepository.Of(dataset);
        if (given is null || !givenIsRepository && given.StartsWith("sha256:", StringComparison.Ordinal) || !givenIsRepository && IsBare(given))
        {
            var repository = home ?? throw new InputException(configPath, null, null,
                "no dataset here to take the repository from; name one (host:port/repository[:tag], or a local name) or set dataset.remote");
            return new DataVersionTarget(repository with { Tag = null, Digest = null }, given ?? home.Digest ?? home.Tag ?? dataset!.Version, dataset);
        }
        var reference = ImageReference.Parse(given);
        return new DataVersionTarget(reference with { Tag = null, Digest = null }, reference.Digest ?? reference.Tag, dataset);
    }

    /// <summary>Whether the config at <paramref name="configPath"/> names a data version to train on.</summary>
    public static bool Configured(string configPath) => ConfigLoader.Load(configPath).Dataset.Version is not null;

    /// <summary>The store the repository lives in.</summary>
    public IArtifactStore Open(HttpClient http, TextWriter log, string cache) => DataStores.Open(Repository, http, log, cache);

    /// <summary>An HTTP client for data transfers: no overall timeout on a 150 MB body, only the caller's cancellation.</summary>
    public static HttpClient Http() => new() { Timeout = Timeout.InfiniteTimeSpan };

    private static bool IsBare(string text) => !text.Contains('/', StringComparison.Ordinal) && !text.Contains(':', StringComparison.Ordinal) && !text.Contains('@', StringComparison.Ordinal);
}
