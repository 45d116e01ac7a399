using System.CommandLine;
using Spectre.Console;

namespace CiCd.Cli.Commands.Release;

/// <summary>`mlops release`: the version a release gets, its notes, and the GitHub Release.</summary>
internal static class ReleaseCommand
{
    public static Command Create(IAnsiConsole console) =>
        new("release", "Number a release from mlops.yaml and the git tags, write its notes, publish it on GitHub, pin its image in the production overlay.")
        {
            ReleaseVersionCommand.Create(console),
            ReleaseNotesCommand.Create(console),
            ReleasePublishCommand.Create(console),
            ReleasePinCommand.Create(console),
        };
}
