using System.Text;
using CiCd.Formats;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>
/// Text from the data or the user (a column name, a model name, a message quoting them) for the terminal, with control
/// characters shown as escapes, so an ESC in a name cannot recolour, clear the screen, move the cursor over earlier lines
/// or set the window title, and a line break inside a value cannot make one name look like two.
/// </summary>
internal static class ConsoleText
{
    /// <summary><paramref name="text"/> as markup that prints it literally and on one line.</summary>
    public static string Escape(string text) => Markup.Escape(Visible(text, keepLayout: false));

    /// <summary>
    /// <paramref name="text"/> with every hidden character (C0, ESC, DEL, C1, zero-width and bidirectional formatting)
    /// as an escape; with <paramref name="keepLayout"/>, tabs and line breaks of a whole message stay as they are.
    /// </summary>
    public static string Visible(string text, bool keepLayout)
    {
        if (!text.Any(c => IsShownEscaped(c, keepLayout)))
        {
            return text;
        }
        var visible = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            visible.Append(IsShownEscaped(c, keepLayout) ? EscapeOf(c) : c);
        }
        return visible.ToString();
    }

    private static bool IsShownEscaped(char c, bool keepLayout) =>
        HiddenCharacter.Is(c) && !(keepLayout && c is '\n' or '\r' or '\t');

    private static string EscapeOf(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\u001b' => "\\e",
        _ => HiddenCharacter.Escape(c),
    };
}
