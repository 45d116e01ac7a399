using System.CommandLine;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops data`: import, validate, profile, snapshot and version data files (push, pull, list, show).</summary>
internal static class DataCommand
{
    public static Command Create(IAnsiConsole console) =>
        new("data", "Import, validate, profile, snapshot and version data files.")
        {
            DataImportCommand.Create(console),
            DataValidateCommand.Create(console),
            DataProfileCommand.Create(console),
            DataSnapshotCommand.Create(console),
            DataVersions.DataPushCommand.Create(console),
            DataVersions.DataPullCommand.Create(console),
            DataVersions.DataListCommand.Create(console),
            DataVersions.DataShowCommand.Create(console),
            DataVersions.DataAdoptCommand.Create(console),
        };
}
