using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using CiCd.Testing;

namespace CiCd.Testing.Docker;

/// <summary>
/// Debian's docker-registry on 127.0.0.1:&lt;free port&gt; with storage in a temp folder; optionally read-only, to refuse
/// pushes. Or, where the CI provides one (<see cref="Prerequisites.RegistryVariable"/>, a service container), that registry.
/// </summary>
public sealed class RegistryServer : IDisposable
{
    private readonly Process? _process;

    private RegistryServer(string? folder, Process? process, string host)
    {
        Folder = folder;
        _process = process;
        Host = host;
    }

    /// <summary>The private registry's storage; null for a provided one.</summary>
    public string? Folder { get; }

    /// <summary>host:port, as image references name it.</summary>
    public string Host { get; }

    /// <summary>The provided registry (read-only or not) when its variable is set, else a private one.</summary>
    public static RegistryServer StartOrProvided(bool readOnly = false)
    {
        var variable = readOnly ? Prerequisites.ReadOnlyRegistryVariable : Prerequisites.RegistryVariable;
        if (Prerequisites.Provided(variable) is not { } host)
        {
            return Start(readOnly);
        }
        var separator = host.LastIndexOf(':');
        var port = separator > 0 && int.TryParse(host[(separator + 1)..], CultureInfo.InvariantCulture, out var parsed) ? parsed
            : throw new InvalidOperationException($"{variable}={host}: expected host:port");
        Deadline.WaitFor(() => Listening(host[..separator], port), TimeSpan.FromSeconds(30),
            () => $"the registry {variable}={host} did not answer within 30 s");
        return new RegistryServer(null, null, host);
    }

    /// <summary>A private registry that lets only <paramref name="user"/> with <paramref name="password"/> in (htpasswd, bcrypt).</summary>
    public static RegistryServer StartWithLogin(string user, string password) => Start(readOnly: false, (user, password));

    private static RegistryServer Start(bool readOnly, (string User, string Password)? login = null)
    {
        var folder = Directory.CreateTempSubdirectory("cicd-registry-").FullName;
        var port = FreePort.Next();
        var config = Path.Combine(folder, "config.yml");
        var auth = login is { } pair ? $"""

            auth:
              htpasswd:
                realm: test
                path: {HtpasswdFile(folder, pair.User, pair.Password)}
            """ : "";
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
            """ + auth);
        var start = new ProcessStartInfo(Prerequisites.Which("docker-registry")!) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add(config);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Deadline.WaitFor(() => process.HasExited || Listening("127.0.0.1", port), TimeSpan.FromSeconds(30),
            () => $"docker-registry did not listen on 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)} within 30 s");
        return process.HasExited
            ? throw new InvalidOperationException($"docker-registry exited with {process.ExitCode}")
            : new RegistryServer(folder, process, $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The registry's own config file (for docker-registry garbage-collect); null for a provided registry.</summary>
    public string? ConfigFile => Folder is null ? null : Path.Combine(Folder, "config.yml");

    // The registry reads bcrypt only; Debian's Python (python3 on PATH may be another interpreter) hashes it through libxcrypt.
    private static string HtpasswdFile(string folder, string user, string password)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-W");
        start.ArgumentList.Add("ignore");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH)))");
        start.ArgumentList.Add(password);
        using var python = Process.Start(start)!;
        var hash = python.StandardOutput.ReadToEnd().Trim();
        python.WaitForExit();
        var file = Path.Combine(folder, "htpasswd");
        File.WriteAllText(file, $"{user}:{hash}\n");
        return file;
    }

    public void Dispose()
    {
        if (_process is null)
        {
            return;
        }
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
        Directory.Delete(Folder!, recursive: true);
    }

    private static bool Listening(string host, int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(host, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
