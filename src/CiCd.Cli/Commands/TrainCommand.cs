using System.CommandLine;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops train` (placeholder until the trainer lands in the next commit).</summary>
internal static class TrainCommand
{
    public static Command Create(IAnsiConsole console) => new("train", "Train and select a model.");
}
