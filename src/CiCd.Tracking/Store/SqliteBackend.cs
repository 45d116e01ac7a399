using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CiCd.Tracking.Store;

/// <summary>The embedded store: one SQLite file (by default under `.mlops/`).</summary>
internal sealed class SqliteBackend : IStoreBackend
{
    private readonly string _connectionString;

    public SqliteBackend(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Description = $"sqlite:{path}";
        // Default Timeout doubles as the busy timeout, so concurrent writers wait instead of failing.
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }

    public string Description { get; }

    public DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    public DbTransaction BeginRead(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: true);

    // BEGIN IMMEDIATE (the default of SqliteConnection.BeginTransaction) already takes the write lock.
    public void LockForMigration(DbTransaction transaction)
    {
    }

    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
