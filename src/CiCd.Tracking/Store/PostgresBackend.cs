using System.Data;
using System.Data.Common;
using CiCd.Errors;
using Npgsql;

namespace CiCd.Tracking.Store;

/// <summary>The team store: the same schema in a PostgreSQL database.</summary>
/// <param name="connectionString">The Npgsql connection string.</param>
/// <param name="what">How messages name the store.</param>
/// <param name="migrationLockKey">The advisory lock migrations of this schema take; one per schema, the same in every mlops process.</param>
internal sealed class PostgresBackend(string connectionString, string what = "tracking store", long migrationLockKey = PostgresBackend.TrackingLockKey)
    : IStoreBackend
{
    /// <summary>The experiment store's lock (any constant works; it only has to be the same in every mlops process).</summary>
    public const long TrackingLockKey = 0x6d6c6f7073;

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
                $"cannot reach the PostgreSQL {what} at {_settings.Host}:{_settings.Port} "
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
        command.CommandText = $"SELECT pg_advisory_xact_lock({migrationLockKey})";
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
    }
}
