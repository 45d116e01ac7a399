namespace CiCd.Tracking.Store;

/// <summary>The database engine behind the experiment store.</summary>
public enum TrackingBackend
{
    /// <summary>An embedded SQLite file.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server.</summary>
    Postgres,
}
