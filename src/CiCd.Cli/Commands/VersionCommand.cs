using System.CommandLine;
using CiCd.Errors;
using CiCd.Train;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops version`: the tool and ML.NET versions that key the stage cache.</summary>
internal static class VersionCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("version", "Print the tool and ML.NET versions.");
        command.SetAction(_ =>
        {
            console.WriteLine($"mlops {ToolVersions.Tool} (ML.NET {ToolVersions.MlNet})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
