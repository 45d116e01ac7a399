using System.CommandLine;
using CiCd.Cli.Commands;
using CiCd.Cli.Rendering;
using CiCd.Errors;
using Spectre.Console;

namespace CiCd.Cli;

/// <summary>The `mlops` root command: wires the subcommands and maps errors to exit codes in one place.</summary>
public static class MlopsApp
{
    private const int RedirectedWidth = 4096;
    private const string DebugVariable = "MLOPS_DEBUG";

    /// <summary>Whether <c>MLOPS_DEBUG=1</c> asks for stack traces and every log record.</summary>
    internal static bool Debugging => Environment.GetEnvironmentVariable(DebugVariable) is "1" or "true";

    /// <summary>Runs one command line; returns the exit code (0 ok, 1 check failed, 2 usage or input error, 70 unexpected error).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Parse(args, output, error) is { } parse ? Handle(error, () => parse.Invoke(Configuration(output, error, parse))) : ExitCodes.InputError;

    /// <summary>
    /// Runs one command line until it ends or <paramref name="cancel"/> fires (a long-running command such as
    /// `mlops serve` then stops cleanly); returns the exit code as <see cref="Run"/> does.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        if (Parse(args, output, error) is not { } parse)
        {
            return ExitCodes.InputError;
        }
        try
        {
            // The caller's token decides when to stop; signals stay with the host that owns the process.
            var configuration = Configuration(output, error);
            configuration.ProcessTerminationTimeout = null;
            return await parse.InvokeAsync(configuration, cancel);
        }
        catch (MlopsException e)
        {
            return Fail(error, e);
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancel.IsCancellationRequested))
        {
            return Unexpected(error, e);
        }
    }

    private static ParseResult? Parse(string[] args, TextWriter output, TextWriter error)
    {
        var console = CreateConsole(output);
        var root = new RootCommand("mlops: validate data, train and select models, gate them against thresholds and the champion, register, compare runs, report, serve and watch drift.")
        {
            InitCommand.Create(console),
            DataCommand.Create(console),
            TrainCommand.Create(console),
            GateCommand.Create(console),
            DriftCommand.Create(console),
            Commands.Labels.LabelsCommand.Create(console),
            Commands.Model.ModelCommand.Create(console),
            RunsCommand.Create(console),
            ReportCommand.Create(console),
            ServeCommand.Create(console),
            Commands.Image.ImageCommand.Create(console),
            VersionCommand.Create(console),
            Commands.Release.ReleaseCommand.Create(console),
            Commands.GitHub.GitHubCommand.Create(console),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count == 0)
        {
            return parse;
        }
        foreach (var problem in parse.Errors)
        {
            Print(error, $"mlops: {problem.Message}");
        }
        error.WriteLine("Run 'mlops --help' for usage.");
        return null;
    }

    private static InvocationConfiguration Configuration(TextWriter output, TextWriter error, ParseResult? parse = null)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parse?.CommandResult.Command.Name == "serve")
        {
            // SIGTERM and Ctrl+C go to the host, which finishes requests in flight and writes the queued prediction log;
            // System.CommandLine would end the process 2 s after the signal, whatever was still queued.
            configuration.ProcessTerminationTimeout = null;
        }
        return configuration;
    }

    internal static int Handle(TextWriter error, Func<int> invoke)
    {
        try
        {
            return invoke();
        }
        catch (MlopsException e)
        {
            return Fail(error, e);
        }
        catch (Exception e) when (IsFileSystem(e))
        {
            // A path that cannot be created, a permission, a full disk: the machine's answer, not a bug in mlops. The
            // message names the path; every writer goes through a temp file, so nothing already stored was touched.
            Print(error, $"mlops: the file system refused: {e.Message.Split('\n', 2)[0].TrimEnd()} (check the path, its permissions and the free space)");
            return ExitCodes.InputError;
        }
        catch (Exception e)
        {
            return Unexpected(error, e);
        }
    }

    // A broken connection is an IOException too; only a file's own failures are the file system's.
    private static bool IsFileSystem(Exception e) =>
        e is UnauthorizedAccessException or FileNotFoundException or DirectoryNotFoundException or PathTooLongException
        || (e.GetType() == typeof(IOException) && e.InnerException is null);

    // The edge of the tool: nothing carries on after this, but a user sees one line instead of a stack trace.
    private static int Unexpected(TextWriter error, Exception e)
    {
        var firstLine = e.Message.Split('\n', 2)[0].TrimEnd();
        Print(error, $"mlops: unexpected error ({e.GetType().Name}: {firstLine}); this is a bug in mlops, not your input. " +
            $"Set {DebugVariable}=1 to print the stack trace, and report it.");
        if (Debugging)
        {
            Print(error, e.ToString());
        }
        return ExitCodes.Unexpected;
    }

    private static int Fail(TextWriter error, MlopsException e)
    {
        Print(error, $"mlops: {e.Message}");
        return e.ExitCode;
    }

    // Messages quote what the user typed or the files hold (a model name, an alias, a path): its control characters are
    // shown as escapes, as the console shows them (VisibleControls), so an error cannot clear the screen or retitle it.
    private static void Print(TextWriter error, string message) => error.WriteLine(ConsoleText.Visible(message, keepLayout: true));

    private static IAnsiConsole CreateConsole(TextWriter output)
    {
        var redirected = !ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        console.Pipeline.Attach(new VisibleControls());
        if (redirected)
        {
            // A pipe or a log has no width: Spectre would wrap at 80 columns and break JSON lines and tables
            // alike. Tables still take only the width their cells need.
            console.Profile.Width = RedirectedWidth;
        }
        return console;
    }
}
