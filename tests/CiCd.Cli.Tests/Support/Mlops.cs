using System.Text.Json;

namespace CiCd.Cli.Tests.Support;

/// <summary>Runs the mlops tool in process, as a user would from a shell, and captures what it printed.</summary>
public static class Mlops
{
    public static MlopsRun Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = MlopsApp.Run(args, output, error);
        return new MlopsRun(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>The exit code and the two output streams of one run.</summary>
public sealed record MlopsRun(int ExitCode, string Output, string Error)
{
    /// <summary>Standard output parsed as JSON (for --json runs).</summary>
    public JsonElement Json() => JsonText.Parse(Output);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
