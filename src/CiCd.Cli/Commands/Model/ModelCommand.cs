using System.CommandLine;
using Spectre.Console;

namespace CiCd.Cli.Commands.Model;

/// <summary>`mlops model`: the registry — register, list, show, promote, rollback, diff, sync.</summary>
internal static class ModelCommand
{
    public static Command Create(IAnsiConsole console) =>
        new("model", "Register model versions and move the development, certification and production aliases.")
        {
            ModelRegisterCommand.Create(console),
            ModelListCommand.Create(console),
            ModelShowCommand.Create(console),
            ModelPromoteCommand.Create(console),
            ModelRollbackCommand.Create(console),
            ModelDiffCommand.Create(console),
            ModelSyncCommand.Create(console),
        };
}
