namespace CiCd.Data.Columnar;

/// <summary>RFC 4180 quoted fields: the whole field in quotes, quotes inside doubled.</summary>
internal static class Quoting
{
    /// <summary>Writes the field's text without its quotes to <paramref name="scratch"/> and returns its length; -1 when the field is not one well-formed quoted field.</summary>
    public static int Unquote(ReadOnlySpan<char> field, ref char[] scratch)
    {
        if (field.Length < 2 || field[0] != '"' || field[^1] != '"')
        {
            return -1;
        }
        var inner = field[1..^1];
        if (scratch.Length < inner.Length)
        {
            scratch = new char[inner.Length * 2];
        }
        var length = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '"')
            {
                if (i + 1 >= inner.Length || inner[i + 1] != '"')
                {
                    return -1;
                }
                i++;
            }
            scratch[length++] = inner[i];
        }
        return length;
    }
}
