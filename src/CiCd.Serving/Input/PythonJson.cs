namespace CiCd.Serving.Input;

/// <summary>
/// Python's <c>json.dumps</c> (and so MLflow's client) writes a missing float as a bare <c>NaN</c> token, and infinities
/// as <c>Infinity</c> / <c>-Infinity</c>: not JSON, but what <c>json.loads</c> on MLflow's server reads. On
/// <c>/invocations</c> these tokens (outside strings) become <c>null</c> (missing) and the strings <c>"Infinity"</c> /
/// <c>"-Infinity"</c>, which a numeric field then refuses with a 400 naming it, as MLflow's models refuse infinity.
/// Each rewrite is longer than its token, so the offsets it moved are kept (<see cref="RewrittenOffsets"/>) for errors
/// to name the byte the client sent.
/// </summary>
public static class PythonJson
{
    /// <summary>The body with Python's non-finite tokens rewritten (the same memory when it holds none), and where that moved its bytes.</summary>
    public static ReadOnlyMemory<byte> Rewrite(ReadOnlyMemory<byte> body, out RewrittenOffsets offsets)
    {
        offsets = RewrittenOffsets.None;
        var text = body.Span;
        if (text.IndexOf("NaN"u8) < 0 && text.IndexOf("Infinity"u8) < 0)
        {
            return body;
        }
        var output = new List<byte>(text.Length + 64);
        var tokens = new List<RewrittenOffsets.Token>();
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (inString)
            {
                output.Add(b);
                if (b == (byte)'\\' && i + 1 < text.Length)
                {
                    output.Add(text[++i]);
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
                continue;
            }
            if (b == (byte)'"')
            {
                inString = true;
            }
            else if (text[i..].StartsWith("NaN"u8))
            {
                Replace(output, tokens, i, "NaN"u8.Length, "null"u8);
                i += 2;
                continue;
            }
            else if (text[i..].StartsWith("Infinity"u8) || text[i..].StartsWith("-Infinity"u8))
            {
                var negative = b == (byte)'-';
                Replace(output, tokens, i, negative ? 9 : 8, negative ? "\"-Infinity\""u8 : "\"Infinity\""u8);
                i += negative ? 8 : 7;
                continue;
            }
            output.Add(b);
        }
        offsets = new RewrittenOffsets(tokens);
        return output.ToArray();
    }

    private static void Replace(List<byte> output, List<RewrittenOffsets.Token> tokens, int at, int length, ReadOnlySpan<byte> with)
    {
        var start = output.Count;
        output.AddRange(with);
        tokens.Add(new RewrittenOffsets.Token(at, start, output.Count, output.Count - (at + length)));
    }
}
