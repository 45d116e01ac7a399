namespace CiCd.Image.Engine;

/// <summary>Where the Docker engine listens: an explicit address, else <c>DOCKER_HOST</c>, else the standard socket.</summary>
public sealed record EngineEndpoint(Uri Address)
{
    /// <summary>The socket the Docker packages create.</summary>
    public const string DefaultSocket = "unix:///var/run/docker.sock";

    /// <summary>The endpoint from <paramref name="address"/> when given, else from the environment, else the default socket.</summary>
    public static EngineEndpoint Resolve(string? address)
    {
        var text = !string.IsNullOrWhiteSpace(address) ? address
            : Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } fromEnvironment ? fromEnvironment
            : DefaultSocket;
        // A bare path is how people write a socket; the API client wants a unix:// address.
        if (text.StartsWith('/'))
        {
            text = "unix://" + text;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("unix" or "tcp" or "http"))
        {
            throw new Errors.InputException($"'{text}' is not a Docker engine address (unix:///path/docker.sock or tcp://host:port)");
        }
        return new EngineEndpoint(uri);
    }

    /// <summary>The socket path or host:port, as people recognise it in a message.</summary>
    public string Display => Address.Scheme == "unix" ? Address.AbsolutePath : Address.Authority;

    /// <inheritdoc />
    public override string ToString() => Address.ToString();
}
