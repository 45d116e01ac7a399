using System.CommandLine;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops runs`: list, show and compare the runs in the experiment store.</summary>
internal static class RunsCommand
{
    public static Command Create(IAnsiConsole console) =>
        new("runs", "List, show and compare recorded training runs.")
        {
            RunsListCommand.Create(console),
            RunsShowCommand.Create(console),
            RunsCompareCommand.Create(console),
        };
}
