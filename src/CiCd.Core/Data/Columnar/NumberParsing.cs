namespace CiCd.Data.Columnar;

/// <summary>The fast path for the commonest numeric cell: a plain integer of at most nine digits.</summary>
internal static class NumberParsing
{
    /// <summary>Parses <c>[-]digits</c> (1–9 digits, not negative zero), which double parsing would read to the same value.</summary>
    public static bool TrySmallInteger(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var digits = negative ? text[1..] : text;
        if (digits.Length is 0 or > 9)
        {
            return false;
        }
        foreach (var c in digits)
        {
            var digit = c - '0';
            if ((uint)digit > 9)
            {
                return false;
            }
            value = value * 10 + digit;
        }
        if (negative)
        {
            // "-0" is negative zero, whose round-trip text is "-0": leave it to the general path.
            value = -value;
            return value != 0;
        }
        return true;
    }
}
