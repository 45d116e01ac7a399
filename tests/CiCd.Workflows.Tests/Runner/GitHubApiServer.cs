using System.Net;
using System.Net.Sockets;
using CiCd.GitHub.Tests.Fakes;
using CiCd.Testing;

namespace CiCd.Workflows.Tests.Runner;

/// <summary>
/// The in-memory GitHub served over HTTP on 127.0.0.1, so a real `mlops` process can talk to it through
/// GITHUB_API_URL exactly as it talks to api.github.com on a runner.
/// </summary>
public sealed class GitHubApiServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly HttpMessageInvoker _invoker;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public GitHubApiServer()
    {
        _invoker = new HttpMessageInvoker(GitHub, disposeHandler: false);
        (_listener, Url) = Listen();
        _loop = Task.Run(ServeAsync);
    }

    public FakeGitHub GitHub { get; } = new();

    public string Url { get; }

    public void Dispose()
    {
        _stop.Cancel();
        // Close aborts a GetContextAsync in progress; the loop then ends with the listener's exception, which is expected.
        _listener.Close();
        _loop.ContinueWith(_ => { }, TaskScheduler.Default).Wait(TimeSpan.FromSeconds(5));
        _invoker.Dispose();
        GitHub.Dispose();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var context = await _listener.GetContextAsync();
            try
            {
                await AnswerAsync(context);
            }
            catch (Exception e) when (e is not HttpListenerException)
            {
                // A fake that throws must fail the step with the reason, not leave mlops waiting for an answer.
                context.Response.StatusCode = 500;
                await context.Response.OutputStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes($"{{\"message\":\"fake GitHub: {e.GetType().Name}\"}}"));
                context.Response.Close();
            }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.HttpMethod), new Uri(new Uri(Url), context.Request.RawUrl));
        foreach (var name in new[] { "Authorization", "Accept", "X-GitHub-Api-Version", "User-Agent" })
        {
            if (context.Request.Headers[name] is { } value)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }
        if (context.Request.HasEntityBody)
        {
            using var reader = new StreamReader(context.Request.InputStream);
            request.Content = new StringContent(await reader.ReadToEndAsync(), System.Text.Encoding.UTF8, "application/json");
        }
        using var response = await _invoker.SendAsync(request, _stop.Token);
        context.Response.StatusCode = (int)response.StatusCode;
        var body = await response.Content.ReadAsByteArrayAsync();
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    }

    // Another test may take the free port between the probe and the bind: then try the next one, with a new listener,
    // since a listener that failed to start has disposed itself (the retry then failed with ObjectDisposedException).
    private static (HttpListener Listener, string Url) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var url = $"http://127.0.0.1:{FreePort.Next()}/";
            var listener = new HttpListener();
            listener.Prefixes.Add(url);
            try
            {
                listener.Start();
                return (listener, url);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }
}
