using System.Globalization;

namespace CiCd.Formats;

/// <summary>
/// A character from the data that does not show as itself where text is displayed: a control (a line break, ESC of a
/// terminal sequence, NUL), a formatting character (zero-width, bidirectional override, BOM) or a line or paragraph
/// separator. Markdown, the console and init's YAML each show it as an escape instead.
/// </summary>
public static class HiddenCharacter
{
    /// <summary>Whether <paramref name="c"/> is hidden: a control, formatting, line or paragraph separator character.</summary>
    public static bool Is(char c) => char.GetUnicodeCategory(c)
        is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary><paramref name="c"/> as <c>\uXXXX</c> (upper-case hex).</summary>
    public static string Escape(char c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
}
