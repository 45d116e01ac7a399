using System.Globalization;
using System.Text;

namespace CiCd.Serving.Input;

/// <summary>
/// A name a client sent, made safe to show in an answer: at most <see cref="MaxLength"/> characters, and every control or
/// formatting character (newline, ESC of an ANSI sequence, bidirectional override) written as <c>\uXXXX</c>.
/// </summary>
public static class ClientText
{
    /// <summary>Characters of a client's name kept; the rest is replaced by a count.</summary>
    public const int MaxLength = 64;

    /// <summary><paramref name="name"/> shortened and escaped.</summary>
    public static string Name(string name)
    {
        var kept = name.Length <= MaxLength ? name.Length : char.IsHighSurrogate(name[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        var shown = new StringBuilder(kept + 16);
        foreach (var c in name.AsSpan(0, kept))
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                shown.Append(c);
            }
        }
        return kept < name.Length ? shown.Append(CultureInfo.InvariantCulture, $"… ({name.Length} characters)").ToString() : shown.ToString();
    }
}
