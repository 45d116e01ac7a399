using Npgsql;

namespace CiCd.Tracking.Store;

/// <summary>
/// Which store to use: a SQLite file path or a PostgreSQL connection string. Read from
/// <c>MLOPS_TRACKING_URI</c>, else from the config, else <c>.mlops/tracking.db</c>.
/// </summary>
public sealed record TrackingLocation
{
    /// <summary>The environment variable that overrides the configured store.</summary>
    public const string EnvironmentVariable = "MLOPS_TRACKING_URI";

    /// <summary>The SQLite file used when nothing is configured, relative to the work folder.</summary>
    public const string DefaultSqlitePath = ".mlops/tracking.db";

    private TrackingLocation(TrackingBackend backend, string target)
    {
        Backend = backend;
        Target = target;
    }

    /// <summary>The engine.</summary>
    public TrackingBackend Backend { get; }

    /// <summary>The SQLite file path, or the Npgsql connection string (may hold a password: never print it).</summary>
    public string Target { get; }

    /// <summary>The location, safe to print.</summary>
    public override string ToString() =>
        Backend == TrackingBackend.Sqlite ? $"sqlite:{Target}" : PostgresDescription.Of(new NpgsqlConnectionStringBuilder(Target));

    /// <summary>An embedded store in a SQLite file.</summary>
    public static TrackingLocation Sqlite(string path) => new(TrackingBackend.Sqlite, path);

    /// <summary>A PostgreSQL store from an Npgsql connection string.</summary>
    public static TrackingLocation Postgres(string connectionString) => new(TrackingBackend.Postgres, connectionString);

    /// <summary>The environment variable wins over the configured value; neither means the default SQLite file.</summary>
    public static TrackingLocation Resolve(string? configured, string? environment, string workDirectory)
    {
        var (text, origin) = !string.IsNullOrWhiteSpace(environment)
            ? (environment, EnvironmentVariable)
            : (configured, "tracking.uri");
        return string.IsNullOrWhiteSpace(text)
            ? Sqlite(Path.Combine(workDirectory, DefaultSqlitePath))
            : TrackingUri.Parse(text.Trim(), origin, workDirectory);
    }

    /// <summary><see cref="Resolve"/> with the process environment.</summary>
    public static TrackingLocation FromEnvironment(string? configured, string workDirectory) =>
        Resolve(configured, Environment.GetEnvironmentVariable(EnvironmentVariable), workDirectory);
}
