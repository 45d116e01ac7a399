using System.Data;
using System.Data.Common;
using CiCd.Errors;
using Npgsql;

namespace CiCd.Tracking.Store;

/// <summary>The team store: the same schema in a PostgreSQL database.</summary>
internal sealed class PostgresBackend(string connectionString) : IStoreBackend
{
    // Any constant works; it only has to be the same in every mlops process.
    private const long MigrationLockKey = 0x6d6c6f7073;

    private readonly NpgsqlConnectionStringBuilder _settings = new(connectionString);

    public string Description => PostgresDescription.Of(_settings);

    public DbConnection Open()
    {
        var connection = new NpgsqlConnection(_settings.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (NpgsqlException e)
        {
            connection.Dispose();
            throw new MlopsException(
                $"cannot reach the PostgreSQL tracking store at {_settings.Host}:{_settings.Port} "
                + $"(database '{_settings.Database}', user '{_settings.Username}'): {e.Message}",
                ExitCodes.InputError,
                e);
        }
    }

    public DbTransaction BeginRead(DbConnection connection) => connection.BeginTransaction(IsolationLevel.RepeatableRead);

    public void LockForMigration(DbTransaction transaction)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLockKey})";
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
    }
}
