using System.Net;
using System.Net.Sockets;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>
/// `mlops serve` run in process through <see cref="MlopsApp.RunAsync"/> on a free 127.0.0.1 port, as a user runs it
/// from a shell; disposing it cancels the command (as Ctrl+C would) and waits for it to end.
/// </summary>
public sealed class RunningService : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly Task<int> _run;

    private RunningService(string[] args, string? url)
    {
        // With a url given the command is not told where to listen: the environment (ASPNETCORE_URLS) must say it.
        Url = url ?? $"http://127.0.0.1:{FreePort.Next()}";
        Client = new HttpClient { BaseAddress = new Uri(Url) };
        string[] command = url is null ? ["serve", .. args, "--urls", Url] : ["serve", .. args];
        _run = Task.Run(() => MlopsApp.RunAsync(command, _output, _error, _stop.Token));
    }

    public string Url { get; }

    public HttpClient Client { get; }

    /// <summary>Starts `mlops serve` with <paramref name="args"/> and waits until <c>/health/ready</c> answers 200.</summary>
    public static Task<RunningService> StartAsync(params string[] args) => StartAsync(args, null);

    /// <summary>Starts `mlops serve` with <paramref name="args"/> and no --urls, expecting it to listen on <paramref name="url"/>.</summary>
    public static Task<RunningService> StartListeningOnAsync(string url, params string[] args) => StartAsync(args, url);

    private static async Task<RunningService> StartAsync(string[] args, string? url)
    {
        var service = new RunningService(args, url);
        var until = DateTime.UtcNow + Deadline;
        while (!await service.IsReadyAsync())
        {
            if (service._run.IsCompleted || DateTime.UtcNow > until)
            {
                await service.DisposeAsync();
                throw new InvalidOperationException($"mlops serve did not become ready: exit {(service._run.IsCompleted ? service._run.Result : "none")}\n" +
                    $"{service._output}\n{service._error}");
            }
            await Task.Delay(50);
        }
        return service;
    }

    /// <summary>Cancels the command and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _run.WaitAsync(Deadline);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_run.IsCompleted)
        {
            await StopAsync();
        }
        Client.Dispose();
        _stop.Dispose();
        await _output.DisposeAsync();
        await _error.DisposeAsync();
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
