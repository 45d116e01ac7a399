using System.Diagnostics;
using CiCd.Image.Engine;
using Docker.DotNet;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>
/// A private dockerd: its own socket, data root and exec root under a temp folder, and its own bridge so published
/// ports work without touching docker0 or iptables (which other engines on the machine may own, or which may be missing).
/// Or, where the CI provides one (<see cref="Prerequisites.EngineVariable"/>), an engine that is already running, which
/// the tests only use and never stop.
/// </summary>
public sealed class DockerDaemon : IDisposable
{
    private readonly Process? _process;
    private readonly string? _bridge;

    private DockerDaemon(string? folder, Process? process, string? bridge, EngineEndpoint endpoint)
    {
        Folder = folder;
        _process = process;
        _bridge = bridge;
        Endpoint = endpoint;
    }

    /// <summary>The private engine's folder; null for a provided engine.</summary>
    public string? Folder { get; }

    public EngineEndpoint Endpoint { get; }

    public string Host => Endpoint.Address.ToString();

    /// <summary>True when this run started the engine (and may remove everything in it).</summary>
    public bool Owned => _process is not null;

    /// <summary>The provided engine when <see cref="Prerequisites.EngineVariable"/> names one, else a private dockerd.</summary>
    public static DockerDaemon StartOrProvided()
    {
        if (Prerequisites.Provided(Prerequisites.EngineVariable) is not { } host)
        {
            return Start();
        }
        var daemon = new DockerDaemon(null, null, null, EngineEndpoint.Resolve(host));
        Deadline.WaitFor(daemon.Answers, TimeSpan.FromSeconds(30),
            () => $"the engine {Prerequisites.EngineVariable}={host} did not answer within 30 s");
        return daemon;
    }

    private static DockerDaemon Start()
    {
        var folder = Directory.CreateTempSubdirectory("cicd-dockerd-").FullName;
        // Short names: a Linux interface name has at most 15 characters, a unix socket path at most 107.
        var id = Random.Shared.Next(0x1000, 0xffff).ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        var bridge = $"cicdt{id}";
        var subnet = Random.Shared.Next(16, 250);
        Command.Run("ip", ["link", "add", bridge, "type", "bridge"]);
        Command.Run("ip", ["addr", "add", $"10.213.{subnet}.1/24", "dev", bridge]);
        Command.Run("ip", ["link", "set", bridge, "up"]);
        var socket = Path.Combine(folder, "docker.sock");
        var start = new ProcessStartInfo(Prerequisites.Which("dockerd")!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--host", $"unix://{socket}", "--data-root", Path.Combine(folder, "data"), "--exec-root", Path.Combine(folder, "exec"),
            "--pidfile", Path.Combine(folder, "docker.pid"), "--bridge", bridge, "--iptables=false", "--ip6tables=false",
        })
        {
            start.ArgumentList.Add(argument);
        }
        var log = Path.Combine(folder, "dockerd.log");
        var process = Process.Start(start)!;
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { lock (writer) { writer.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (writer) { writer.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var daemon = new DockerDaemon(folder, process, bridge, EngineEndpoint.Resolve($"unix://{socket}"));
        Deadline.WaitFor(() => process.HasExited || daemon.Answers(), TimeSpan.FromSeconds(60),
            () => $"dockerd did not answer on {socket} within 60 s; see {log}");
        if (process.HasExited)
        {
            throw new InvalidOperationException($"dockerd exited with {process.ExitCode}; see {log}");
        }
        return daemon;
    }

    public DockerClient Client() => new DockerClientConfiguration(Endpoint.Address).CreateClient();

    public void Dispose()
    {
        if (_process is null)
        {
            return;
        }
        if (!_process.HasExited)
        {
            // SIGTERM lets dockerd stop its containerd and unmount its layers before the folder is removed.
            Command.Run("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        _process.Dispose();
        Command.Run("ip", ["link", "delete", _bridge!]);
        Unmount(Folder!);
        try
        {
            Directory.Delete(Folder!, recursive: true);
        }
        catch (IOException)
        {
            // A layer still mounted after a crash: the temp folder is left for the OS to clean, the engine is gone.
        }
    }

    // dockerd leaves exec-root/netns/default (a bind mount of the host's network namespace) mounted after it stops:
    // one mount left per test run, and a folder Directory.Delete cannot remove.
    private static void Unmount(string folder)
    {
        var mounted = File.ReadLines("/proc/self/mounts")
            .Select(line => line.Split(' ')[1])
            .Where(point => point.StartsWith(folder + "/", StringComparison.Ordinal))
            .Reverse();
        foreach (var point in mounted)
        {
            Command.Run("umount", [point]);
        }
    }

    private bool Answers()
    {
        if (Endpoint.Address.Scheme == "unix" && !File.Exists(Endpoint.Address.AbsolutePath))
        {
            return false;
        }
        using var client = Client();
        try
        {
            client.System.PingAsync().GetAwaiter().GetResult();
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
