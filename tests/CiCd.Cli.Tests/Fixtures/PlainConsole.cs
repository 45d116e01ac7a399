using Spectre.Console;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>A console that writes plain text (no escape codes, no colour, lines 4,096 wide), to check what a renderer prints.</summary>
public static class PlainConsole
{
    /// <summary>What <paramref name="render"/> printed.</summary>
    public static string Capture(Action<IAnsiConsole> render)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 4096;
        render(console);
        return output.ToString();
    }
}
