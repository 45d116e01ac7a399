using System.Diagnostics;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>`mlops` as a process of its own (`dotnet mlops.dll …`), for tests where separate processes are the point.</summary>
public static class MlopsProcess
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(10);

    /// <summary>Starts `mlops` with <paramref name="args"/>; the task ends with its exit code and output.</summary>
    public static async Task<MlopsRun> RunAsync(string workingDirectory, params string[] args)
    {
        // DOTNET_HOST_PATH is set by `dotnet test`; a plain `dotnet` on PATH works elsewhere.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "mlops.dll"), .. args])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mlops {string.Join(' ', args)} did not end within {Deadline}");
        }
        return new MlopsRun(process.ExitCode, await output, await error);
    }
}
