using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CiCd.Formats;

namespace CiCd.Init;

/// <summary>
/// Writes a value as a YAML scalar that reads back as the same text: plain when safe, single-quoted otherwise, and
/// double-quoted with escapes when the text holds a character YAML would fold, refuse or end on (a line break, a NUL or
/// another control character) or one a reader of the file cannot see (zero-width, bidirectional overrides, a BOM).
/// </summary>
public static partial class YamlScalar
{
    // YAML allows an implicit (single-line) key of at most 1024 characters; a longer one is written as an explicit key.
    private const int LongestImplicitKey = 1000;

    // A value quoted in a comment is cut here: enough to recognise it.
    private const int LongestQuotedValue = 40;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    };

    /// <summary>The scalar for <paramref name="text"/>.</summary>
    public static string Of(string text) =>
        NeedsEscape(text) ? DoubleQuoted(text)
        : Plain().IsMatch(text) && !Reserved.Contains(text) ? text
        : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// <paramref name="text"/> as a block mapping key followed by its <c>:</c>; a key longer than YAML allows on one line
    /// is written explicitly (<c>? key</c>, then <c>: value</c> on the next line at <paramref name="indent"/>).
    /// </summary>
    public static string Key(string text, string indent)
    {
        var scalar = Of(text);
        return scalar.Length <= LongestImplicitKey ? scalar + ":" : $"? {scalar}\n{indent}:";
    }

    /// <summary>A flow list of scalars: <c>[a, 'b c']</c>.</summary>
    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Of)) + "]";

    /// <summary>A number in the invariant culture, shortest round-trip form.</summary>
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>
    /// A data value quoted in a comment: <c>'value'</c>, or its first <see cref="LongestQuotedValue"/> characters and its
    /// length when longer, so one huge field (a pasted document) cannot make a config of its size.
    /// </summary>
    public static string Quoted(string value)
    {
        if (value.Length <= LongestQuotedValue)
        {
            return $"'{value}'";
        }
        var kept = char.IsHighSurrogate(value[LongestQuotedValue - 1]) ? LongestQuotedValue - 1 : LongestQuotedValue;
        return string.Create(CultureInfo.InvariantCulture, $"'{value[..kept]}…' ({value.Length} characters)");
    }

    /// <summary>
    /// Text for a <c># comment</c>: data (a column name, a class) quoted in a message must not end the comment and
    /// start YAML of its own, so line breaks and invisible characters are written as escapes.
    /// </summary>
    public static string Comment(string text) => NeedsEscape(text) ? Escaped(text) : text;

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (EscapeOf(c) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private static string DoubleQuoted(string text) => "\"" + Escaped(text).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    // Backslashes are doubled so the escapes read back in a double-quoted scalar (and stay legible in a comment).
    private static string Escaped(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c == '\\' ? "\\\\" : EscapeOf(c) ?? c.ToString());
        }
        return escaped.ToString();
    }

    private static string? EscapeOf(char c) => c switch
    {
        '\t' => null,
        '\0' => "\\0",
        '\n' => "\\n",
        '\r' => "\\r",
        '\u001b' => "\\e",
        '\u0085' => "\\N",
        '\u2028' => "\\L",
        '\u2029' => "\\P",
        // No-break space and the two non-characters are not hidden, but YAML would not keep them as they are.
        _ when HiddenCharacter.Is(c) || c is '\u00A0' or '\uFFFE' or '\uFFFF' => HiddenCharacter.Escape(c),
        _ => null,
    };

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_./\-]*$")]
    private static partial Regex Plain();
}
