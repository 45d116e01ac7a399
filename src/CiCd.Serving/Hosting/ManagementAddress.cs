using CiCd.Errors;

namespace CiCd.Serving.Hosting;

/// <summary>The ports of the management address (<see cref="ServingOptions.ManagementUrls"/>), read once when the host is built.</summary>
public sealed class ManagementAddress
{
    private readonly HashSet<int> _ports;

    private ManagementAddress(HashSet<int> ports) => _ports = ports;

    /// <summary>Whether a management address is configured at all.</summary>
    public bool Configured => _ports.Count > 0;

    /// <summary>Whether a connection accepted on <paramref name="localPort"/> came in through the management address.</summary>
    public bool Accepts(int localPort) => _ports.Contains(localPort);

    /// <summary>Parses the ';'-separated URLs; each needs an explicit port other than 0, since connections are told apart by port.</summary>
    /// <exception cref="InputException">A URL is malformed or has no usable port.</exception>
    public static ManagementAddress Parse(string? urls)
    {
        var ports = new HashSet<int>();
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcard hosts (+, *) are not valid URI hosts; the port is what matters here.
            var parsable = url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(parsable, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.IsDefaultPort && !HasPort(url) || uri.Port == 0)
            {
                throw new InputException($"Serving:ManagementUrls: '{url}' is not an http(s) URL with an explicit port other than 0 (e.g. http://0.0.0.0:9090)");
            }
            ports.Add(uri.Port);
        }
        return new ManagementAddress(ports);
    }

    private static bool HasPort(string url) => url.LastIndexOf(':') > url.IndexOf("://", StringComparison.Ordinal) + 2;
}
