using System.Diagnostics;
using System.Text.Json;

namespace CiCd.Data.Benchmarks;

/// <summary>Runs one measured step in its own process and reads the JSON line it prints last.</summary>
internal static class ChildProcess
{
    public static JsonElement Self(params string[] args) =>
        Run(Environment.ProcessPath!, [Path.Combine(AppContext.BaseDirectory, "CiCd.Data.Benchmarks.dll"), .. args], useDotnet: true);

    public static JsonElement Python(string script, params string[] args) =>
        Run("/usr/bin/python3", [Path.Combine(AppContext.BaseDirectory, script), .. args], useDotnet: false);

    private static JsonElement Run(string program, string[] args, bool useDotnet)
    {
        // The apphost runs the dll itself; only `dotnet` needs the dll path.
        var arguments = useDotnet && !Path.GetFileName(program).StartsWith("dotnet", StringComparison.Ordinal) ? args[1..] : args;
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}");
        }
        return JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
    }
}
