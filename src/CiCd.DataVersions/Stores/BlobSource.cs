namespace CiCd.DataVersions.Stores;

/// <summary>A blob to store: its digest and length, and a way to read it from any offset (a resumed upload starts mid-blob).</summary>
public sealed record BlobSource(string Digest, long Length, Func<long, Stream> OpenAt)
{
    /// <summary>Bytes <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="length"/> of <paramref name="file"/>.</summary>
    public static BlobSource FromFile(string file, long offset, long length, string digest) =>
        new(digest, length, at => SliceStream.Open(file, offset + at, length - at));

    /// <summary>An in-memory blob (a config, a manifest).</summary>
    public static BlobSource FromBytes(byte[] bytes) =>
        new(Digests.Of(bytes), bytes.Length, at => new MemoryStream(bytes, (int)at, bytes.Length - (int)at, writable: false));
}
