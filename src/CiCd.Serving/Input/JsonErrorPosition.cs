using System.Globalization;
using System.Text.Json;

namespace CiCd.Serving.Input;

/// <summary>
/// The parser's message for malformed JSON, its byte in line moved back to the body as sent when the body was rewritten
/// before parsing: a <c>NaN</c> earlier on the line became the longer <c>null</c>, and the message would point past the
/// bad value by a byte per <c>NaN</c> (two per <c>Infinity</c>). Rewriting adds no line break, so the line stands.
/// </summary>
internal static class JsonErrorPosition
{
    public static string AsSent(JsonException error, ReadOnlySpan<byte> parsed, int bom, RewrittenOffsets offsets)
    {
        if (offsets == RewrittenOffsets.None || error.LineNumber is not { } line || error.BytePositionInLine is not { } inLine)
        {
            return error.Message;
        }
        var lineStart = bom + LineStart(parsed, line);
        var sent = offsets.Original(lineStart + inLine) - offsets.Original(lineStart);
        return error.Message.Replace(Position(inLine), Position(sent), StringComparison.Ordinal);
    }

    private static string Position(long inLine) => $"BytePositionInLine: {inLine.ToString(CultureInfo.InvariantCulture)}.";

    // The parser counts lines by '\n' alone.
    private static long LineStart(ReadOnlySpan<byte> text, long line)
    {
        var start = 0;
        for (var seen = 0L; seen < line; seen++)
        {
            var next = text[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }
            start += next + 1;
        }
        return start;
    }
}
