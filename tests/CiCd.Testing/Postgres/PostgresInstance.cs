using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CiCd.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL server from Debian's postgresql package: a temp data folder, trust
/// authentication, 127.0.0.1 on a free port, the unix socket inside the temp folder. Tests turn
/// durability off (a test server never needs it); the benchmark keeps it on to be fair to SQLite.
/// Run as root, the server runs as the postgres user.
/// Shared by the tests and the benchmark so both start it the same way.
/// </summary>
public sealed class PostgresInstance : IPostgresServer
{
    /// <summary>What to do when the server binaries are missing.</summary>
    public const string InstallHint = "install Debian's postgresql package (apt-get install -y postgresql)";

    private const string Superuser = "postgres";

    private readonly string _folder;
    private readonly string _bin;
    private readonly bool _durable;

    private PostgresInstance(string bin, string folder, int port, bool durable)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
        _durable = durable;
    }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Points at another folder holding initdb and pg_ctl (a non-Debian install).</summary>
    public const string BinariesVariable = "MLOPS_TEST_POSTGRES_BIN";

    /// <summary>The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed.</summary>
    public static string? FindBinaries() =>
        Environment.GetEnvironmentVariable(BinariesVariable) is { Length: > 0 } configured
            ? (File.Exists(Path.Combine(configured, "initdb")) ? configured : null)
            : Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;

    /// <summary>Creates a cluster in a temp folder and starts it; fails with <see cref="InstallHint"/> when PostgreSQL is missing.</summary>
    /// <param name="durable">Keep fsync and synchronous commits on (the server's defaults).</param>
    public static PostgresInstance Start(bool durable = false)
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException($"PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (or ${BinariesVariable}): {InstallHint}");
        var folder = Directory.CreateTempSubdirectory("mlops-pg-").FullName;
        var instance = new PostgresInstance(bin, folder, FreePort(), durable);
        try
        {
            instance.Initialise();
            return instance;
        }
        catch
        {
            instance.Dispose();
            throw;
        }
    }

    /// <summary>A connection string for a database on this server.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = Superuser, Database = database, Pooling = true }.ConnectionString;

    /// <inheritdoc/>
    public string CreateDatabase(string name)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    /// <summary>Stops the server at once and deletes its folder.</summary>
    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(_folder, "data", "postmaster.pid")))
        {
            Run("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        }
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// Stops the server and deletes its folder once this process has ended, however it ends: a test host that finished
    /// its tests has a tenth of a second before the runner kills it, too short for a stop, so a watcher in its own
    /// session does it.
    /// </summary>
    public void StopAfterThisProcess()
    {
        const string Script = """
            exec </dev/null >/dev/null 2>&1
            tail --pid="$1" -f /dev/null
            folder="$2"; shift 2
            "$@" -D "$folder/data" -m immediate -w stop
            rm -rf "$folder"
            """;
        var stop = RunningAsRoot ? new[] { "runuser", "-u", Superuser, "--", Path.Combine(_bin, "pg_ctl") } : [Path.Combine(_bin, "pg_ctl")];
        Exec("setsid", ["--fork", "sh", "-c", Script, "sh", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), _folder, .. stop]);
    }

    private string Data => Path.Combine(_folder, "data");

    private void Initialise()
    {
        if (RunningAsRoot)
        {
            // initdb refuses to run as root; the data folder must belong to the server's user.
            Exec("chown", Superuser, _folder);
        }
        Run("initdb", "-D", Data, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--no-sync");
        var options = $"-c listen_addresses=127.0.0.1 -p {Port} -k {_folder}"
            + (_durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        Run("pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-o", options, "-w", "-t", "60", "start");
    }

    private void Run(string tool, params string[] arguments)
    {
        var path = Path.Combine(_bin, tool);
        if (RunningAsRoot)
        {
            Exec("runuser", ["-u", Superuser, "--", path, .. arguments]);
        }
        else
        {
            Exec(path, arguments);
        }
    }

    private static bool RunningAsRoot => Environment.UserName == "root";

    private static void Exec(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error}{output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
