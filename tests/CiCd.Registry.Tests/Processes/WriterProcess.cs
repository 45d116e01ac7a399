using System.Diagnostics;

namespace CiCd.Registry.Tests.Processes;

/// <summary>The TestWriter program running as a separate process, with its output read line by line.</summary>
public sealed class WriterProcess : IDisposable
{
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "CiCd.Registry.TestWriter.dll");

    private readonly Process _process;

    private WriterProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public static WriterProcess Start(params string[] arguments)
    {
        // DOTNET_HOST_PATH is set by `dotnet test`; a plain `dotnet` on PATH works elsewhere.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return new WriterProcess(Process.Start(start)!);
    }

    /// <summary>Reads the next line of output, failing the test if none comes before the deadline.</summary>
    public string ReadLine(TimeSpan timeout)
    {
        var line = _process.StandardOutput.ReadLineAsync();
        if (!line.Wait(timeout) || line.Result is null)
        {
            throw new TimeoutException($"the writer printed nothing within {timeout}; stderr: {Stderr()}");
        }
        return line.Result;
    }

    /// <summary>Waits for the process to end and returns its exit code, its last output line and its error output.</summary>
    public (int ExitCode, string Output, string Error) Finish(TimeSpan timeout)
    {
        var output = _process.StandardOutput.ReadToEndAsync();
        var error = _process.StandardError.ReadToEndAsync();
        if (!_process.WaitForExit(timeout))
        {
            throw new TimeoutException($"the writer did not end within {timeout}");
        }
        return (_process.ExitCode, output.Result.Trim(), error.Result.Trim());
    }

    public void CloseInput() => _process.StandardInput.Close();

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }
        _process.Dispose();
    }

    private string Stderr() => _process.HasExited ? _process.StandardError.ReadToEnd() : "(still running)";
}
