using System.Text;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>
/// Where a stage writes its progress lines (they quote names and paths from the user and the files): stderr under
/// <c>--json</c>, so stdout stays one JSON document, else the console; either way with control characters shown as
/// escapes, as the console shows them.
/// </summary>
internal sealed class StageLog(TextWriter inner) : TextWriter
{
    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <summary>The log of a command printing JSON (<paramref name="json"/>) or tables to <paramref name="console"/>.</summary>
    public static TextWriter For(IAnsiConsole console, bool json) => new StageLog(json ? Console.Error : console.Profile.Out.Writer);

    /// <inheritdoc />
    public override void Write(char value) => inner.Write(ConsoleText.Visible(value.ToString(), keepLayout: true));

    /// <inheritdoc />
    public override void Write(string? value) => inner.Write(value is null ? null : ConsoleText.Visible(value, keepLayout: true));

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : ConsoleText.Visible(value, keepLayout: true));

    /// <inheritdoc />
    public override void Flush() => inner.Flush();
}
