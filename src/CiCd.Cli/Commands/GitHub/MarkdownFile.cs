using CiCd.Errors;

namespace CiCd.Cli.Commands.GitHub;

/// <summary>Reads a Markdown report a stage wrote; a missing one is an input error naming it.</summary>
internal static class MarkdownFile
{
    public static string Read(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new InputException(path, null, null, "the Markdown report does not exist; run the stage that writes it first");
}
