using System.CommandLine;
using CiCd.Cli.Commands;
using CiCd.Errors;
using Spectre.Console;

namespace CiCd.Cli;

/// <summary>The `mlops` root command: wires the subcommands and maps errors to exit codes in one place.</summary>
public static class MlopsApp
{
    /// <summary>Runs one command line; returns the exit code (0 ok, 1 check failed, 2 usage or input error).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = CreateConsole(output);
        var root = new RootCommand("mlops: validate data, train and select models, gate them against thresholds and the champion, serve them.")
        {
            DataCommand.Create(console),
            TrainCommand.Create(console),
            GateCommand.Create(console),
            Commands.Model.ModelCommand.Create(console),
            ServeCommand.Create(console),
            Commands.Image.ImageCommand.Create(console),
            VersionCommand.Create(console),
            Commands.Release.ReleaseCommand.Create(console),
            Commands.GitHub.GitHubCommand.Create(console),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"mlops: {problem.Message}");
            }
            error.WriteLine("Run 'mlops --help' for usage.");
            return ExitCodes.InputError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (MlopsException e)
        {
            error.WriteLine($"mlops: {e.Message}");
            return e.ExitCode;
        }
    }

    private static IAnsiConsole CreateConsole(TextWriter output)
    {
        var redirected = !ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected;
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
    }
}
