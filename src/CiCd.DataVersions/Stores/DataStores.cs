using CiCd.DataVersions.Stores.Local;
using CiCd.DataVersions.Stores.Remote;
using CiCd.Image.Distribution;

namespace CiCd.DataVersions.Stores;

/// <summary>Picks the store a reference names: a registry when it starts with host:port/ (or a dotted host), else the local cache.</summary>
public static class DataStores
{
    /// <summary>The store for <paramref name="repository"/>; <paramref name="localRoot"/> is the cache folder for local names.</summary>
    public static IArtifactStore Open(ImageReference repository, HttpClient http, TextWriter log, string localRoot) =>
        repository.RegistryHost is null
            ? new LocalArtifactStore(localRoot, repository.Repository)
            : new DistributionArtifactStore(DistributionClient.For(http, repository), log);
}
