using System.Text;
using CiCd.Formats;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>
/// Text from the data (a column name, a level, a message quoting them) for the terminal: escaped for Spectre markup, and
/// with control characters shown as escapes, so an ESC in a name cannot recolour, move the cursor over earlier lines
/// or set the window title, and a line break cannot make one name look like two.
/// </summary>
internal static class ConsoleText
{
    /// <summary><paramref name="text"/> as markup that prints it literally and on one line.</summary>
    public static string Escape(string text)
    {
        var visible = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (HiddenCharacter.Is(c))
            {
                visible.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '\u001b' => "\\e",
                    _ => HiddenCharacter.Escape(c),
                });
            }
            else
            {
                visible.Append(c);
            }
        }
        return Markup.Escape(visible.ToString());
    }
}
