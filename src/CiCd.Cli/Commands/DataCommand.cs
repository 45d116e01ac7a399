using System.CommandLine;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops data`: import, validate and profile data files.</summary>
internal static class DataCommand
{
    public static Command Create(IAnsiConsole console) =>
        new("data", "Import, validate and profile data files.")
        {
            DataImportCommand.Create(console),
            DataValidateCommand.Create(console),
            DataProfileCommand.Create(console),
        };
}
