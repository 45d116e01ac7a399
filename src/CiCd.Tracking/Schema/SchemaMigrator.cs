using System.Data.Common;
using System.Globalization;
using CiCd.Errors;
using CiCd.Tracking.Store;

namespace CiCd.Tracking.Schema;

/// <summary>
/// Brings a store to the schema this build understands, in one transaction: an older store is
/// upgraded in place, a newer one is refused before anything is written.
/// </summary>
internal sealed class SchemaMigrator(IStoreBackend backend)
{
    public int Migrate(int target)
    {
        using var connection = backend.Open();
        using var transaction = Readable(connection.BeginTransaction);
        var current = Readable(() => ReadVersion(transaction));
        if (current > Migrations.Latest)
        {
            throw new MlopsException(
                $"the tracking store {backend.Description} has schema version {current}, newer than version "
                + $"{Migrations.Latest} that this mlops understands: upgrade mlops, or point {TrackingLocation.EnvironmentVariable} at another store",
                ExitCodes.InputError);
        }
        foreach (var migration in Migrations.All.Where(m => m.Version > current && m.Version <= target))
        {
            foreach (var statement in migration.Statements)
            {
                transaction.Execute(statement);
            }
            transaction.Execute("DELETE FROM schema_version");
            transaction.Execute("INSERT INTO schema_version (version) VALUES (@v)", ("@v", migration.Version));
            current = migration.Version;
        }
        transaction.Commit();
        return current;
    }

    private int ReadVersion(DbTransaction transaction)
    {
        backend.LockForMigration(transaction);
        transaction.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        var value = transaction.Scalar("SELECT MAX(version) FROM schema_version");
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
            throw new MlopsException($"the tracking store {backend.Description} cannot be read: {e.Message}", ExitCodes.InputError, e);
        }
    }
}
