using System.Net;
using System.Net.Sockets;

namespace CiCd.Testing;

/// <summary>Ports for the servers tests start on 127.0.0.1.</summary>
public static class FreePort
{
    /// <summary>A loopback port nobody listens on right now (the OS picks one, and the listener is closed again).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
