using CiCd.Cli;

namespace CiCd.Reporting.Tests.Builders;

/// <summary>Runs the real command line in-process and keeps what it printed.</summary>
public sealed record Mlops(int ExitCode, string Output, string Error)
{
    public static Mlops Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = MlopsApp.Run(args, output, error);
        return new Mlops(code, output.ToString(), error.ToString());
    }
}
