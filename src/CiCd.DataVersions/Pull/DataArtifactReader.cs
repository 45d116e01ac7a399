using CiCd.DataVersions.Artifact;
using CiCd.DataVersions.Stores;
using CiCd.Errors;
using CiCd.Formats;

namespace CiCd.DataVersions.Pull;

/// <summary>Reads a data version's manifest and config from a store and checks both against their digests and media types.</summary>
public static class DataArtifactReader
{
    private const int ConfigLimit = 16 << 20;

    /// <summary>The artifact <paramref name="reference"/> (a tag or sha256 digest) names; unknown is an input error.</summary>
    public static async Task<DataArtifact> ReadAsync(IArtifactStore store, string reference, CancellationToken cancel)
    {
        var stored = await store.GetManifestAsync(reference, cancel)
            ?? throw new MlopsException($"{store.Location} has no data version '{reference}' (see mlops data list)", ExitCodes.InputError);
        if (reference.StartsWith("sha256:", StringComparison.Ordinal) && stored.Digest != reference)
        {
            throw new MlopsException($"the manifest of {reference} in {store.Location} hashes to {stored.Digest}: refused", ExitCodes.CheckFailed);
        }
        var manifest = DataJson.Read<OciManifest>(stored.Bytes, $"the manifest of {reference}");
        if (manifest.ArtifactType != DataMediaTypes.ArtifactType || manifest.Config?.MediaType != DataMediaTypes.Config
            || manifest.Layers is null || manifest.Layers.Any(l => !DataMediaTypes.IsLayer(l.MediaType)))
        {
            throw new MlopsException($"{reference} in {store.Location} is not a data version (artifactType {manifest.ArtifactType ?? "none"})", ExitCodes.InputError);
        }
        var config = DataJson.Read<DataArtifactConfig>(await ReadConfigAsync(store, manifest.Config, cancel), $"the config of {reference}");
        return new DataArtifact(store.Location, reference, stored.Digest, manifest, config);
    }

    private static async Task<byte[]> ReadConfigAsync(IArtifactStore store, OciDescriptor config, CancellationToken cancel)
    {
        if (config.Size > ConfigLimit)
        {
            throw new MlopsException($"the config blob {config.Digest} claims {Counted.Of(config.Size, "byte")}; a data config is small", ExitCodes.CheckFailed);
        }
        await using var stream = await store.OpenBlobAsync(config, cancel);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancel);
        var bytes = buffer.ToArray();
        return Digests.Of(bytes) == config.Digest ? bytes
            : throw new MlopsException($"the config blob {config.Digest} in {store.Location} hashes to {Digests.Of(bytes)}: refused", ExitCodes.CheckFailed);
    }
}
