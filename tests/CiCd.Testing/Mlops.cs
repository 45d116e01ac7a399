using CiCd.Cli;

namespace CiCd.Testing;

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
