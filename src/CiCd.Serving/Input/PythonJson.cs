namespace CiCd.Serving.Input;

/// <summary>
/// Python's <c>json.dumps</c> (and so MLflow's client) writes a missing float as a bare <c>NaN</c> token, and infinities
/// as <c>Infinity</c> / <c>-Infinity</c>: not JSON, but what <c>json.loads</c> on MLflow's server reads. On
/// <c>/invocations</c> these tokens (outside strings) become <c>null</c> (missing) and the strings <c>"Infinity"</c> /
/// <c>"-Infinity"</c>, which a numeric field then refuses with a 400 naming it, as MLflow's models refuse infinity.
/// </summary>
public static class PythonJson
{
    /// <summary>The body with Python's non-finite tokens rewritten; the same memory when it holds none.</summary>
    public static ReadOnlyMemory<byte> Rewrite(ReadOnlyMemory<byte> body)
    {
        var text = body.Span;
        if (text.IndexOf("NaN"u8) < 0 && text.IndexOf("Infinity"u8) < 0)
        {
            return body;
        }
        var output = new List<byte>(text.Length + 64);
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
                output.AddRange("null"u8);
                i += 2;
                continue;
            }
            else if (text[i..].StartsWith("Infinity"u8) || text[i..].StartsWith("-Infinity"u8))
            {
                var negative = b == (byte)'-';
                output.AddRange(negative ? "\"-Infinity\""u8 : "\"Infinity\""u8);
                i += negative ? 8 : 7;
                continue;
            }
            output.Add(b);
        }
        return output.ToArray();
    }
}
