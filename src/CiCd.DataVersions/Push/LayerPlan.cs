using System.Security.Cryptography;
using CiCd.DataVersions.Stores;

namespace CiCd.DataVersions.Push;

/// <summary>
/// One read of the file before anything is sent: the digest of each layer-sized chunk (so blobs the registry already
/// holds are skipped by a HEAD), the digest of the whole file, its line count and its first line.
/// </summary>
public sealed record LayerPlan(IReadOnlyList<LayerSlice> Layers, long Size, string ContentDigest, long Lines, string FirstLine)
{
    private const int BufferSize = 1 << 20;
    private const int FirstLineLimit = 1 << 20;

    /// <summary>Reads <paramref name="file"/> once and cuts it into chunks of at most <paramref name="layerSize"/> bytes.</summary>
    public static async Task<LayerPlan> ScanAsync(string file, long layerSize, CancellationToken cancel)
    {
        await using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        using var whole = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var chunk = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var layers = new List<LayerSlice>();
        var buffer = new byte[BufferSize];
        var head = new MemoryStream();
        long offset = 0, chunkStart = 0, lines = 0;
        var last = (byte)'\n';
        int read;
        while ((read = await input.ReadAsync(buffer, cancel)) > 0)
        {
            var span = buffer.AsSpan(0, read);
            whole.AppendData(span);
            lines += span.Count((byte)'\n');
            last = span[^1];
            if (head.Length < FirstLineLimit)
            {
                head.Write(span[..Math.Min(span.Length, FirstLineLimit - (int)head.Length)]);
            }
            while (span.Length > 0)
            {
                var take = (int)Math.Min(span.Length, layerSize - (offset - chunkStart));
                chunk.AppendData(span[..take]);
                span = span[take..];
                offset += take;
                if (offset - chunkStart == layerSize)
                {
                    layers.Add(new LayerSlice(chunkStart, layerSize, Digests.Of(chunk)));
                    chunkStart = offset;
                }
            }
        }
        if (offset > chunkStart || offset == 0)
        {
            layers.Add(new LayerSlice(chunkStart, offset - chunkStart, Digests.Of(chunk)));
        }
        var text = System.Text.Encoding.UTF8.GetString(head.ToArray());
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return new LayerPlan(layers, offset, Digests.Of(whole), lines + (last == '\n' ? 0 : 1), (end < 0 ? text : text[..end]).TrimEnd('\r'));
    }
}
