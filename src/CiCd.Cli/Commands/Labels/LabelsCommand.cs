using System.CommandLine;
using Spectre.Console;

namespace CiCd.Cli.Commands.Labels;

/// <summary>`mlops labels`: delayed outcomes stored next to the prediction log.</summary>
internal static class LabelsCommand
{
    public static Command Create(IAnsiConsole console) =>
        new("labels", "Store delayed outcomes (true labels) next to the prediction log, keyed by request id.")
        {
            LabelsImportCommand.Create(console),
        };
}
