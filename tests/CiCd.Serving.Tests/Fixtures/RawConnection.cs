using System.Net.Sockets;
using System.Text;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>One TCP connection speaking HTTP/1.1 by hand: bytes out exactly as written, the answer read until the server closes.</summary>
public sealed class RawConnection : IDisposable
{
    private readonly TcpClient _tcp;

    private RawConnection(TcpClient tcp)
    {
        _tcp = tcp;
        Stream = tcp.GetStream();
    }

    public NetworkStream Stream { get; }

    public Socket Socket => _tcp.Client;

    /// <summary>Connects; a small <paramref name="receiveBuffer"/> (set before connecting, so the window stays small) makes a slow reader.</summary>
    public static RawConnection Open(Uri address, int? receiveBuffer = null)
    {
        var tcp = new TcpClient();
        if (receiveBuffer is { } size)
        {
            tcp.ReceiveBufferSize = size;
        }
        tcp.Connect(address.Host, address.Port);
        return new RawConnection(tcp);
    }

    public async Task SendAsync(string text) => await SendAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendAsync(byte[] bytes)
    {
        await Stream.WriteAsync(bytes);
        await Stream.FlushAsync();
    }

    /// <summary>Everything the server sends until it closes (or resets) the connection, within <paramref name="deadline"/>.</summary>
    public async Task<RawAnswer> ReadToEndAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        var reset = false;
        try
        {
            int read;
            while ((read = await Stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            reset = true;
        }
        return new RawAnswer(received.ToArray(), reset);
    }

    public void Dispose() => _tcp.Dispose();
}
