using System.Text;

namespace CiCd.Formats;

/// <summary>
/// Text from the data (a column name, a level, a file name) placed into GitHub-flavoured Markdown so that it reads as
/// itself: no HTML (a stray <c>&lt;!--</c> would hide the rest of a pull-request comment), no emphasis, links or code
/// it did not ask for, no line break that ends a table row or a list item, and no invisible character.
/// </summary>
public static class MarkdownText
{
    // Punctuation that can open HTML, an entity, emphasis, a link, code, strikethrough or a table cell inline.
    private const string Special = "\\`*_[]<>|&~";

    /// <summary><paramref name="text"/> as inline text, safe inside a table cell too.</summary>
    public static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\').Append(c);
            }
            else
            {
                AppendVisible(escaped, c);
            }
        }
        return escaped.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> as a code span outside tables: fenced with one backtick more than its longest run of
    /// backticks, so none inside can close it; line breaks and invisible characters shown as escapes.
    /// </summary>
    public static string Code(string text)
    {
        var visible = new StringBuilder(text.Length + 8);
        var (run, longest) = (0, 0);
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
            AppendVisible(visible, c);
        }
        var fence = new string('`', longest + 1);
        var pad = visible.Length > 0 && (visible[0] is '`' or ' ' || visible[^1] is '`' or ' ') ? " " : "";
        return fence + pad + visible + pad + fence;
    }

    private static void AppendVisible(StringBuilder text, char c)
    {
        if (c == '\t')
        {
            text.Append(' ');
        }
        else if (HiddenCharacter.Is(c))
        {
            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                _ => HiddenCharacter.Escape(c),
            });
        }
        else
        {
            text.Append(c);
        }
    }
}
