using CiCd.DataVersions.Artifact;

namespace CiCd.DataVersions.Stores;

/// <summary>
/// Where data artifacts live: one repository of a registry, or of the local cache. Blobs are addressed by sha256
/// digest, manifests by tag or digest; the push and pull code is the same for both.
/// </summary>
public interface IArtifactStore
{
    /// <summary>Where this store is, for messages (never with credentials).</summary>
    string Location { get; }

    /// <summary>Whether the blob <paramref name="digest"/> is already stored (then a push skips it).</summary>
    Task<bool> HasBlobAsync(string digest, CancellationToken cancel);

    /// <summary>Stores <paramref name="blob"/>, reporting bytes sent to <paramref name="progress"/>.</summary>
    Task PutBlobAsync(BlobSource blob, DataProgress progress, CancellationToken cancel);

    /// <summary>Opens the stored bytes of <paramref name="blob"/> (unverified: the caller hashes while reading).</summary>
    Task<Stream> OpenBlobAsync(OciDescriptor blob, CancellationToken cancel);

    /// <summary>Stores <paramref name="manifest"/> under <paramref name="tag"/>.</summary>
    Task PutManifestAsync(byte[] manifest, string tag, CancellationToken cancel);

    /// <summary>The manifest a tag or digest names, or null when there is none.</summary>
    Task<StoredManifest?> GetManifestAsync(string reference, CancellationToken cancel);

    /// <summary>The repository's tags, sorted.</summary>
    Task<IReadOnlyList<string>> ListTagsAsync(CancellationToken cancel);
}
