using System.Net;

namespace CiCd.Serving.Security;

/// <summary>
/// The proxies whose <c>X-Forwarded-For</c> is believed (<c>Serving:KnownProxies</c>: addresses and CIDR ranges,
/// comma-separated). Anyone can send the header, so from any other peer it is ignored.
/// </summary>
public sealed class TrustedProxies
{
    private const string Header = "X-Forwarded-For";

    private readonly IPNetwork[] _networks;

    private TrustedProxies(IPNetwork[] networks) => _networks = networks;

    /// <summary>Trusts no proxy: the client is always the connection's peer.</summary>
    public static TrustedProxies None { get; } = new([]);

    /// <summary>Reads a list such as <c>10.0.0.1, 10.1.0.0/16, ::1</c>; null with the entry at fault when one is neither.</summary>
    public static TrustedProxies? Parse(string? list, out string? wrong)
    {
        wrong = null;
        var networks = new List<IPNetwork>();
        foreach (var entry in (list ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (IPAddress.TryParse(entry, out var address))
            {
                address = Normal(address);
                networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else
            {
                wrong = entry;
                return null;
            }
        }
        return new TrustedProxies([.. networks]);
    }

    /// <summary>
    /// The client behind <paramref name="context"/>: the peer, or, while the hop at hand is a trusted proxy, the address it
    /// says it forwarded for (X-Forwarded-For read from the right). Null when the peer is unknown.
    /// </summary>
    public IPAddress? ClientOf(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is not { } peer)
        {
            return null;
        }
        var client = Normal(peer);
        if (_networks.Length == 0 || !IsTrusted(client))
        {
            return client;
        }
        var hops = string.Join(',', context.Request.Headers[Header].ToArray()).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = hops.Length - 1; i >= 0 && IsTrusted(client); i--)
        {
            if (!IPAddress.TryParse(hops[i].Trim('[', ']'), out var forwarded))
            {
                // A hop that is no address ends what can be believed: the last trusted proxy stands for the client.
                break;
            }
            client = Normal(forwarded);
        }
        return client;
    }

    private bool IsTrusted(IPAddress address) => Array.Exists(_networks, network => network.Contains(address));

    private static IPAddress Normal(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
