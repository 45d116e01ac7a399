using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using CiCd.Testing;

namespace CiCd.DataVersions.Tests.Fixtures;

/// <summary>
/// Debian's docker-registry with <c>auth: token</c>, trusting the <see cref="TokenService"/> it starts beside itself: the
/// GHCR flow (401 with a Bearer challenge, a token for Basic credentials, the request again with the token) on 127.0.0.1.
/// </summary>
public sealed class TokenRegistry : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cicd-token-registry-").FullName;
    private readonly Process _process;

    public TokenRegistry(string user, string password)
    {
        Tokens = new TokenService(_folder, user, password);
        var port = FreePort.Next();
        var config = Path.Combine(_folder, "config.yml");
        File.WriteAllText(config, $"""
            version: 0.1
            log:
              level: warn
            storage:
              filesystem:
                rootdirectory: {Path.Combine(_folder, "data")}
            http:
              addr: 127.0.0.1:{port}
            auth:
              token:
                realm: {Tokens.Realm}
                service: {TokenService.Service}
                issuer: {TokenService.Issuer}
                rootcertbundle: {Tokens.RootCertBundle}
            """);
        var start = new ProcessStartInfo(Prerequisites.Which("docker-registry")!) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add(config);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Deadline.WaitFor(() => _process.HasExited || Listening(port), TimeSpan.FromSeconds(30),
            () => $"docker-registry did not listen on 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)} within 30 s");
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"docker-registry exited with {_process.ExitCode}");
        }
        Host = $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
    }

    public string Host { get; }

    public TokenService Tokens { get; }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
        Tokens.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static bool Listening(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
