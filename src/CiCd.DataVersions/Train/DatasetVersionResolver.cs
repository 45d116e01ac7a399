using CiCd.Configuration;
using CiCd.DataVersions.Pull;
using CiCd.DataVersions.Stores;
using CiCd.DataVersions.Stores.Local;
using CiCd.Storage;

namespace CiCd.DataVersions.Train;

/// <summary>
/// Before training: makes <c>dataset.path</c> hold exactly the data version <c>dataset.version</c> names, pulling it
/// (verified) when the file is missing or its bytes differ, and gives the artifact digest to record with the run.
/// </summary>
public static class DatasetVersionResolver
{
    /// <summary>The manifest digest of the version now at <c>dataset.path</c>, or null when the config names no version.</summary>
    public static async Task<string?> EnsureAsync(DatasetConfig dataset, HttpClient http, TextWriter log, string cache, CancellationToken cancel)
    {
        if (dataset.Version is not { } version)
        {
            return null;
        }
        var repository = DataRepository.Of(dataset);
        var store = DataStores.Open(repository with { Tag = null, Digest = null }, http, log, cache);
        var artifact = await DataArtifactReader.ReadAsync(store, version, cancel);
        if (File.Exists(dataset.Path) && "sha256:" + ContentHash.OfFile(dataset.Path) == artifact.Config.ContentDigest)
        {
            log.WriteLine($"{dataset.Path} is data version {version} ({artifact.Digest})");
            return artifact.Digest;
        }
        log.WriteLine($"{dataset.Path} is missing or differs from data version {version}: pulling it from {store.Location}");
        await new DataPuller(store, log).PullAsync(artifact.Digest, dataset.Path, dataset, cancel);
        return artifact.Digest;
    }

    /// <summary>As <see cref="EnsureAsync"/>, for the synchronous train command, with the local cache next to the config file.</summary>
    public static string? Ensure(MlopsConfig config, TextWriter log)
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        return EnsureAsync(config.Dataset, http, log, CacheOf(config.SourceFile), CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The local cache of the project whose config is <paramref name="configFile"/>: <c>.mlops/data</c> beside it.</summary>
    public static string CacheOf(string configFile) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configFile))!, LocalArtifactStore.DefaultRoot);
}
