using System.Diagnostics;
using System.Net;
using System.Text;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>
/// `mlops serve` as a process of its own (`dotnet mlops.dll serve …` on a free 127.0.0.1 port), so a test can end it
/// the way an operator or the kernel does: SIGTERM, or kill -9.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServeProcess(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        Url = $"http://127.0.0.1:{FreePort.Next()}";
        // DOTNET_HOST_PATH is set by `dotnet test`; a plain `dotnet` on PATH works elsewhere.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "mlops.dll"), "serve", .. args, "--urls", Url])
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start)!;
        // Read both streams as they come: a full pipe would stop the service mid-test.
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Client = new HttpClient { BaseAddress = new Uri(Url) };
    }

    public string Url { get; }

    public HttpClient Client { get; }

    /// <summary>What the process printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts `mlops serve` with <paramref name="args"/> in <paramref name="workingDirectory"/> and waits until it is ready.</summary>
    public static Task<ServeProcess> StartAsync(string workingDirectory, params string[] args) =>
        StartAsync(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Starts `mlops serve` with settings from <paramref name="environment"/> (e.g. <c>PredictionLog__FlushIntervalMilliseconds</c>) too.</summary>
    public static async Task<ServeProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var service = new ServeProcess(workingDirectory, environment, args);
        var until = DateTime.UtcNow + Deadline;
        while (!await service.IsReadyAsync())
        {
            if (service._process.HasExited || DateTime.UtcNow > until)
            {
                await service.DisposeAsync();
                throw new InvalidOperationException($"mlops serve did not become ready:\n{service.Output}");
            }
            await Task.Delay(100);
        }
        return service;
    }

    /// <summary>kill -9: the process ends at once, with no chance to write anything.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>Sends SIGTERM (as `docker stop` and Kubernetes do) and waits for the process to end; returns its exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(Deadline);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>
    /// The value of a counter or gauge without labels on <c>/metrics</c> (summed over its series when it has labels),
    /// such as <c>cicd_prediction_log_dropped_total</c>: what the service itself says it did.
    /// </summary>
    public async Task<double> MetricAsync(string name)
    {
        var text = await Client.GetStringAsync("/metrics");
        return text.Split('\n')
            .Where(line => line.StartsWith(name, StringComparison.Ordinal) && line.Length > name.Length && line[name.Length] is ' ' or '{')
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }
        Client.Dispose();
        _process.Dispose();
        await Task.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            // The head and the last lines are what a failure message needs; a long run must not grow this without end.
            if (_output.Length > 64_000)
            {
                _output.Remove(0, 32_000);
            }
            _output.AppendLine(line);
        }
    }

    private async Task<bool> IsReadyAsync()
    {
        try
        {
            return (await Client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
