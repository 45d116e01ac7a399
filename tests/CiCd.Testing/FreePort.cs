using System.Net;
using System.Net.Sockets;

namespace CiCd.Testing;

/// <summary>Ports for the servers tests start on 127.0.0.1.</summary>
/// <remarks>Internal, so projects that link this file and also reference another test project do not see two of it.</remarks>
internal static class FreePort
{
    /// <summary>A loopback port nobody listens on right now (the OS picks one, and the listener is closed again).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
