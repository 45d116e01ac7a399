using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>Debian's docker-registry on 127.0.0.1:&lt;free port&gt; with storage in a temp folder; optionally read-only, to refuse pushes.</summary>
public sealed class RegistryServer : IDisposable
{
    private readonly Process _process;

    private RegistryServer(string folder, Process process, int port)
    {
        Folder = folder;
        _process = process;
        Host = $"127.0.0.1:{port}";
    }

    public string Folder { get; }

    /// <summary>host:port, as image references name it.</summary>
    public string Host { get; }

    public static RegistryServer Start(bool readOnly = false)
    {
        var folder = Directory.CreateTempSubdirectory("cicd-registry-").FullName;
        var port = FreePort.Next();
        var config = Path.Combine(folder, "config.yml");
        File.WriteAllText(config, $"""
            version: 0.1
            log:
              level: warn
            storage:
              filesystem:
                rootdirectory: {Path.Combine(folder, "data")}
              delete:
                enabled: true
              maintenance:
                readonly:
                  enabled: {(readOnly ? "true" : "false")}
            http:
              addr: 127.0.0.1:{port}
            """);
        var start = new ProcessStartInfo(Prerequisites.Which("docker-registry")!) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add(config);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Deadline.WaitFor(() => process.HasExited || Listening(port), TimeSpan.FromSeconds(30),
            () => $"docker-registry did not listen on 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)} within 30 s");
        return process.HasExited
            ? throw new InvalidOperationException($"docker-registry exited with {process.ExitCode}")
            : new RegistryServer(folder, process, port);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
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
