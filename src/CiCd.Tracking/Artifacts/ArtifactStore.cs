using System.Security.Cryptography;
using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.Tracking.Artifacts;

/// <summary>
/// Content-addressed files: the SHA-256 of the bytes is the name, laid out as <c>ab/cdef…</c> so no
/// folder grows too large. Writes land whole or not at all; every read checks the hash again.
/// </summary>
public sealed class ArtifactStore(string root)
{
    /// <summary>The store used when nothing is configured, relative to the work folder.</summary>
    public const string DefaultRoot = ".mlops/artifacts";

    /// <summary>The folder holding the store.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Stores a file's content (once, however often it is put).</summary>
    public StoredArtifact Put(string sourcePath)
    {
        if (!File.Exists(sourcePath))
        {
            throw new InputException(sourcePath, null, null, "the artefact to store does not exist");
        }
        using var source = File.OpenRead(sourcePath);
        return Put(source);
    }

    /// <summary>Stores a stream's content from its current position.</summary>
    public StoredArtifact Put(Stream content)
    {
        var incoming = Path.Combine(Root, ".incoming");
        Directory.CreateDirectory(incoming);
        var temp = Path.Combine(incoming, $"{Guid.NewGuid():N}.tmp");
        try
        {
            string sha;
            long size;
            using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                (sha, size) = CopyHashing(content, target);
                target.Flush(flushToDisk: true);
            }
            var final = PathOf(sha);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            // An existing copy that no longer matches its name is replaced by the good bytes.
            if (!File.Exists(final) || !Matches(final, sha))
            {
                File.Move(temp, final, overwrite: true);
            }
            return new StoredArtifact(sha, size);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Where content with this hash lives (whether or not it is stored).</summary>
    public string PathOf(string sha256)
    {
        if (!ContentHash.IsValid(sha256))
        {
            throw new InputException($"'{sha256}' is not an artefact id (64 lowercase hex digits)");
        }
        return Path.Combine(Root, sha256[..2], sha256[2..]);
    }

    /// <summary>The content, after checking it still hashes to its name.</summary>
    public byte[] ReadAllBytes(string sha256)
    {
        var bytes = File.ReadAllBytes(Existing(sha256));
        Check(sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        return bytes;
    }

    /// <summary>Copies the content to <paramref name="destination"/> atomically, checking the hash on the way.</summary>
    public void Export(string sha256, string destination)
    {
        var path = Existing(sha256);
        AtomicFile.Write(destination, target =>
        {
            using var source = File.OpenRead(path);
            Check(sha256, CopyHashing(source, target).Sha);
        });
    }

    /// <summary>Checks stored content against its name; a missing or corrupt artefact is an error naming it.</summary>
    public void Verify(string sha256) => Check(sha256, ContentHash.OfFile(Existing(sha256)));

    private string Existing(string sha256)
    {
        var path = PathOf(sha256);
        return File.Exists(path)
            ? path
            : throw new MlopsException($"artefact {sha256} is not in the artefact store {Root} (expected at {path})");
    }

    private void Check(string sha256, string actual)
    {
        if (actual != sha256)
        {
            throw new MlopsException(
                $"artefact {sha256} at {PathOf(sha256)} is corrupt: its content hashes to {actual}; restore it from a good copy or log the run again");
        }
    }

    private static bool Matches(string path, string sha256) => ContentHash.OfFile(path) == sha256;

    private static (string Sha, long Size) CopyHashing(Stream source, Stream target)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            target.Write(buffer, 0, read);
            size += read;
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }
}
