using System.Net.Sockets;
using CiCd.Errors;
using Docker.DotNet;

namespace CiCd.Image.Engine;

/// <summary>Opens a client on the engine and proves it answers, so an unreachable engine fails once, up front, naming its socket.</summary>
public static class DockerEngine
{
    /// <summary>A client that has answered a ping; exit code 2 naming the socket when nothing answers.</summary>
    public static async Task<DockerClient> ConnectAsync(EngineEndpoint endpoint, CancellationToken cancel)
    {
        var client = new DockerClientConfiguration(endpoint.Address, defaultTimeout: TimeSpan.FromMinutes(10)).CreateClient();
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            deadline.CancelAfter(TimeSpan.FromSeconds(10));
            await client.System.PingAsync(deadline.Token);
            return client;
        }
        catch (Exception e) when (IsUnreachable(e) && !cancel.IsCancellationRequested)
        {
            client.Dispose();
            throw Unreachable(endpoint, e);
        }
    }

    /// <summary>The error for an engine that does not answer: names the socket and what to check.</summary>
    public static MlopsException Unreachable(EngineEndpoint endpoint, Exception cause) =>
        new($"the Docker engine at {endpoint.Display} is not reachable ({Root(cause).Message}); " +
            "start dockerd or point --docker-host / DOCKER_HOST at its socket", ExitCodes.InputError, cause);

    /// <summary>Whether <paramref name="e"/> means nothing answered, as opposed to an engine that answered with an error.</summary>
    public static bool IsUnreachable(Exception e) =>
        e is HttpRequestException or SocketException or IOException or TimeoutException or OperationCanceledException
        || e.InnerException is { } inner && IsUnreachable(inner);

    private static Exception Root(Exception e) => e.InnerException is { } inner ? Root(inner) : e;
}
