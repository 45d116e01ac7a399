using System.Text;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>The bytes an HTTP/1.1 server sent on one connection, and whether it ended with a reset rather than a close.</summary>
public sealed record RawAnswer(byte[] Bytes, bool Reset)
{
    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>The status code of the first response, or 0 when none arrived.</summary>
    public int Status => Text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(Text.AsSpan(9, 3), out var status) ? status : 0;

    /// <summary>Whether a chunked body was closed by its last chunk, which tells a client that it holds the whole answer.</summary>
    public bool EndsWithLastChunk => Text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal);
}
