using CiCd.DataVersions.Artifact;
using CiCd.Storage;

namespace CiCd.DataVersions.Stores.Local;

/// <summary>
/// The laptop's store when no remote is configured: blobs under <c>.mlops/data/blobs/sha256/&lt;hex&gt;</c> (manifests
/// too, as in a registry) and the tags of every repository in <c>.mlops/data/index.json</c>; every write is atomic.
/// </summary>
public sealed class LocalArtifactStore(string root, string repository) : IArtifactStore
{
    /// <summary>The cache folder under a project.</summary>
    public const string DefaultRoot = ".mlops/data";

    private readonly LocalTagIndex _index = new(Path.Combine(root, "index.json"));

    /// <inheritdoc />
    public string Location => $"{Path.Combine(root, "index.json")} ({repository})";

    /// <summary>Where the blob <paramref name="digest"/> is kept.</summary>
    public string BlobPath(string digest) => Path.Combine(root, "blobs", "sha256", Digests.Hex(digest));

    /// <inheritdoc />
    public Task<bool> HasBlobAsync(string digest, CancellationToken cancel) => Task.FromResult(File.Exists(BlobPath(digest)));

    /// <inheritdoc />
    public async Task PutBlobAsync(BlobSource blob, DataProgress progress, CancellationToken cancel)
    {
        var target = BlobPath(blob.Digest);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, LeftoverName.New(Path.GetFileName(target), "tmp"));
        try
        {
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20, useAsync: true))
            await using (var input = blob.OpenAt(0))
            {
                var buffer = new byte[1 << 20];
                int read;
                while ((read = await input.ReadAsync(buffer, cancel)) > 0)
                {
                    await output.WriteAsync(buffer.AsMemory(0, read), cancel);
                    progress.Advance(read);
                }
                output.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <inheritdoc />
    public Task<Stream> OpenBlobAsync(OciDescriptor blob, CancellationToken cancel)
    {
        var path = BlobPath(blob.Digest);
        return File.Exists(path)
            ? Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan))
            : throw new CiCd.Errors.MlopsException($"blob {blob.Digest} is missing from {root}", CiCd.Errors.ExitCodes.CheckFailed);
    }

    /// <inheritdoc />
    public Task PutManifestAsync(byte[] manifest, string tag, CancellationToken cancel)
    {
        var digest = Digests.Of(manifest);
        var path = BlobPath(digest);
        if (!File.Exists(path))
        {
            AtomicFile.WriteAllBytes(path, manifest);
        }
        _index.Set(repository, tag, digest);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<StoredManifest?> GetManifestAsync(string reference, CancellationToken cancel)
    {
        var digest = reference.StartsWith("sha256:", StringComparison.Ordinal) ? reference : _index.Get(repository, reference);
        var path = digest is null ? null : BlobPath(digest);
        return Task.FromResult(path is not null && File.Exists(path) ? new StoredManifest(File.ReadAllBytes(path), digest!) : null);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListTagsAsync(CancellationToken cancel) =>
        Task.FromResult<IReadOnlyList<string>>([.. _index.Tags(repository).Keys.Order(StringComparer.Ordinal)]);
}
