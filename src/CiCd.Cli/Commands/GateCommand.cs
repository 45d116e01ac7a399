using System.CommandLine;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops gate` (placeholder until the gate lands in the next commit).</summary>
internal static class GateCommand
{
    public static Command Create(IAnsiConsole console) => new("gate", "Gate a candidate.");
}
