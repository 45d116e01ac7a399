using System.CommandLine;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops data`: import and validate data files.</summary>
internal static class DataCommand
{
    public static Command Create(IAnsiConsole console) =>
        new("data", "Import and validate data files.")
        {
            DataImportCommand.Create(console),
            DataValidateCommand.Create(console),
            DataSnapshotCommand.Create(console),
        };
}
