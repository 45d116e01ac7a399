using Npgsql;

namespace CiCd.Testing.Postgres;

/// <summary>
/// A PostgreSQL server the CI provides (the ci workflow's service container) instead of one the tests start:
/// <see cref="Variable"/> holds a connection string whose user may create databases. Names get a suffix of this
/// run, so a server that outlives the run (a developer's own) never clashes, and the databases are dropped at the end.
/// </summary>
public sealed class ProvidedPostgres : IPostgresServer
{
    /// <summary>The variable naming the server, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres.</summary>
    public const string Variable = "MLOPS_TEST_POSTGRES";

    private readonly string _connectionString;
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];
    private readonly List<string> _created = [];

    private ProvidedPostgres(string connectionString) => _connectionString = connectionString;

    /// <summary>The provided server, or null when <see cref="Variable"/> is unset.</summary>
    public static ProvidedPostgres? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } connectionString ? new ProvidedPostgres(connectionString) : null;

    public string CreateDatabase(string name)
    {
        var database = $"{name}_{_suffix}";
        Execute($"CREATE DATABASE \"{database}\"");
        lock (_created)
        {
            _created.Add(database);
        }
        return new NpgsqlConnectionStringBuilder(_connectionString) { Database = database, Pooling = true }.ConnectionString;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var database in _created)
        {
            Execute($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private void Execute(string sql)
    {
        // The maintenance database: the one named in the variable may be missing or be one of ours.
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
