using System.Data.Common;
using System.Globalization;
using CiCd.Errors;
using CiCd.Tracking.Store;

namespace CiCd.Tracking.Schema;

/// <summary>
/// Brings a store to the schema this build understands, in one transaction: an older store is
/// upgraded in place, a newer one is refused before anything is written.
/// </summary>
internal sealed class SchemaMigrator(IStoreBackend backend, SchemaHistory history)
{
    public SchemaMigrator(IStoreBackend backend)
        : this(backend, SchemaHistory.Tracking)
    {
    }

    /// <summary>Brings the store to the newest version this build knows.</summary>
    public int Migrate() => Migrate(history.Latest);

    public int Migrate(int target)
    {
        using var connection = backend.Open();
        using var transaction = Readable(connection.BeginTransaction);
        var current = Readable(() => ReadVersion(transaction));
        if (current > history.Latest)
        {
            throw new MlopsException(
                $"the {history.What} {backend.Description} has schema version {current}, newer than version "
                + $"{history.Latest} that this mlops understands: upgrade mlops, or {history.Elsewhere}",
                ExitCodes.InputError);
        }
        foreach (var migration in history.Steps.Where(m => m.Version > current && m.Version <= target))
        {
            foreach (var statement in migration.Statements)
            {
                transaction.Execute(statement);
            }
            transaction.Execute($"DELETE FROM {history.VersionTable}");
            transaction.Execute($"INSERT INTO {history.VersionTable} (version) VALUES (@v)", ("@v", migration.Version));
            current = migration.Version;
        }
        transaction.Commit();
        return current;
    }

    private int ReadVersion(DbTransaction transaction)
    {
        backend.LockForMigration(transaction);
        transaction.Execute($"CREATE TABLE IF NOT EXISTS {history.VersionTable} (version INTEGER NOT NULL)");
        var value = transaction.Scalar($"SELECT MAX(version) FROM {history.VersionTable}");
        return value is null ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    // The first statements are where a file that is not a database, or a read-only store, shows up.
    private T Readable<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (DbException e)
        {
            throw new MlopsException($"the {history.What} {backend.Description} cannot be read: {e.Message}", ExitCodes.InputError, e);
        }
    }
}
