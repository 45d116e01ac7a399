using System.CommandLine;
using CiCd.Errors;
using CiCd.Image.Engine;
using Docker.DotNet;

namespace CiCd.Cli.Commands.Image;

/// <summary>The engine side every `mlops image` command shares: the --docker-host option and the mapping of engine errors to exit codes.</summary>
internal static class ImageEngine
{
    public static Option<string?> HostOption() => new("--docker-host")
    {
        Description = $"The Docker engine (unix:///path/docker.sock or tcp://host:port); default DOCKER_HOST, else {EngineEndpoint.DefaultSocket}.",
    };

    /// <summary>Connects, runs <paramref name="work"/>, and turns engine failures into user-facing errors: unreachable is 2 naming the socket.</summary>
    public static int Run(string? host, Func<DockerClient, HttpClient, CancellationToken, Task<int>> work)
    {
        var endpoint = EngineEndpoint.Resolve(host);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        try
        {
            using var docker = DockerEngine.ConnectAsync(endpoint, CancellationToken.None).GetAwaiter().GetResult();
            return work(docker, http, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (DockerApiException e)
        {
            throw new MlopsException($"the Docker engine at {endpoint.Display} refused: {(int)e.StatusCode} {e.ResponseBody.Trim()}", ExitCodes.InputError, e);
        }
        catch (Exception e) when (e is not MlopsException && DockerEngine.IsUnreachable(e))
        {
            throw DockerEngine.Unreachable(endpoint, e);
        }
    }
}
