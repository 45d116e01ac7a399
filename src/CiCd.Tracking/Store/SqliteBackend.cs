using System.Data.Common;
using CiCd.Errors;
using Microsoft.Data.Sqlite;

namespace CiCd.Tracking.Store;

/// <summary>The embedded store: one SQLite file (by default under `.mlops/`).</summary>
internal sealed class SqliteBackend : IStoreBackend
{
    // SQLite's "unable to open database file": a folder it may not write in, a path that is a folder.
    private const int CannotOpen = 14;

    private readonly string _connectionString;
    private readonly string _path;

    public SqliteBackend(string path)
    {
        var full = Path.GetFullPath(path);
        _path = full;
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
        try
        {
            connection.Open();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == CannotOpen)
        {
            // The user's path, not a bug: `mlops serve --prediction-log` in a read-only folder ended as "unexpected error" (70).
            connection.Dispose();
            throw new InputException(_path, null, null,
                $"cannot open the SQLite file ({e.Message}): check that its folder is writable and that the path is not a folder", e);
        }
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
