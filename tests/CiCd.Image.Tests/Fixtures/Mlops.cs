using CiCd.Cli;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>Runs the `mlops` command line in process and keeps what it printed.</summary>
public static class Mlops
{
    public static MlopsRun Run(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = MlopsApp.Run(arguments, output, error);
        return new MlopsRun(exit, output.ToString(), error.ToString());
    }
}

public sealed record MlopsRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
