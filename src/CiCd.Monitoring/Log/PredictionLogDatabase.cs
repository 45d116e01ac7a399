using System.Data.Common;
using CiCd.Errors;
using CiCd.Tracking.Schema;
using CiCd.Tracking.Store;
using Microsoft.Data.Sqlite;

namespace CiCd.Monitoring.Log;

/// <summary>
/// Opens the prediction log's database for writing (the service, <c>mlops labels import</c>): creates or upgrades its
/// schema first, under the same migrator as the tracking store, so a log of a newer schema is refused before anything
/// is written.
/// </summary>
public static class PredictionLogDatabase
{
    /// <summary>Brings the log's schema to the newest version; returns it.</summary>
    public static int Migrate(PredictionLogLocation location)
    {
        using var backend = Backend(location);
        if (!location.IsPostgres)
        {
            // WAL lets the drift monitor read while the service writes; it cannot be switched inside the migration's transaction.
            using var connection = (SqliteConnection)backend.Open();
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL";
            try
            {
                wal.ExecuteNonQuery();
            }
            catch (SqliteException e)
            {
                // The first statement is where a file that is not a SQLite database shows up (the service and labels import alike).
                throw new InputException(location.Store.Target, null, null, $"cannot be used as the prediction log: {e.Message}", e);
            }
            MinimalLayoutUpgrade.Apply(connection);
        }
        return new SchemaMigrator(backend, PredictionLogMigrations.For(location.IsPostgres)).Migrate();
    }

    /// <summary>An open connection; an unreachable server is an error that names it (without the password).</summary>
    public static DbConnection Connect(PredictionLogLocation location)
    {
        using var backend = Backend(location);
        return backend.Open();
    }

    private static IStoreBackend Backend(PredictionLogLocation location) =>
        location.IsPostgres
            ? new PostgresBackend(location.Store.Target, "prediction log", PredictionLogMigrations.LockKey)
            : new SqliteBackend(location.Store.Target);
}
