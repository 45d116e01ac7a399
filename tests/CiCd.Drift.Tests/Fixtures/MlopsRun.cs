using CiCd.Cli;

namespace CiCd.Drift.Tests.Fixtures;

/// <summary>One `mlops` invocation in process: its exit code and what it printed.</summary>
public sealed record MlopsRun(int ExitCode, string Output, string Error)
{
    public static MlopsRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = MlopsApp.Run(args, output, error);
        return new MlopsRun(code, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
