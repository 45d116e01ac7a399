using CiCd.DataVersions.Stores.Remote;
using CiCd.Image.Distribution;

namespace CiCd.DataVersions.Tests.Fixtures;

/// <summary>Stores on a test registry: a repository, optional credentials, a small PATCH size so uploads take several chunks.</summary>
public static class Registries
{
    public const long SmallChunk = 64 * 1024;

    public static DistributionArtifactStore Store(HttpClient http, string host, TextWriter log, DistributionCredentials? credentials = null, string repository = "data/credit") =>
        new(new DistributionClient(http, ImageReference.Parse($"{host}/{repository}"), credentials), log, SmallChunk);

    /// <summary>The file the registry keeps a blob's bytes in (distribution's filesystem layout).</summary>
    public static string BlobFile(RegistryServer registry, string digest)
    {
        var hex = digest["sha256:".Length..];
        return Path.Combine(registry.Folder!, "data", "docker", "registry", "v2", "blobs", "sha256", hex[..2], hex, "data");
    }
}
