using System.Data.Common;

namespace CiCd.Tracking.Store;

/// <summary>What differs between SQLite and PostgreSQL; everything else is shared SQL.</summary>
internal interface IStoreBackend : IDisposable
{
    /// <summary>Where the store lives, without secrets.</summary>
    string Description { get; }

    /// <summary>An open connection; an unreachable server becomes a clear error.</summary>
    DbConnection Open();

    /// <summary>A read-only snapshot for the several queries of one read, without blocking writers.</summary>
    DbTransaction BeginRead(DbConnection connection);

    /// <summary>Serializes schema migrations between processes for the life of the transaction.</summary>
    void LockForMigration(DbTransaction transaction);
}
