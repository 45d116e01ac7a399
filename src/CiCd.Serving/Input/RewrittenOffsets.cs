namespace CiCd.Serving.Input;

/// <summary>
/// Where rewriting Python's tokens moved the bytes of a body (<c>NaN</c> became the longer <c>null</c>), so an error
/// found in the rewritten text names the byte the client sent, not one shifted by every token before it.
/// </summary>
public sealed class RewrittenOffsets
{
    /// <summary>A body that was not rewritten: every offset is its own.</summary>
    public static readonly RewrittenOffsets None = new([]);

    private readonly IReadOnlyList<Token> _tokens;

    internal RewrittenOffsets(IReadOnlyList<Token> tokens) => _tokens = tokens;

    /// <summary>The offset in the body as sent of the byte at <paramref name="rewritten"/> in the rewritten body (a byte inside a rewritten token: the token's start).</summary>
    public long Original(long rewritten)
    {
        var shift = 0L;
        foreach (var token in _tokens)
        {
            if (rewritten < token.RewrittenStart)
            {
                break;
            }
            if (rewritten < token.RewrittenEnd)
            {
                return token.OriginalStart;
            }
            shift = token.ShiftAfter;
        }
        return rewritten - shift;
    }

    /// <summary>One rewritten token: where it starts in the body as sent, where it lies in the rewritten one, and how far it moved the bytes after it, with the tokens before it.</summary>
    internal sealed record Token(long OriginalStart, long RewrittenStart, long RewrittenEnd, long ShiftAfter);
}
