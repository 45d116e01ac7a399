namespace CiCd.Tracking.Store;

/// <summary>Opens the store a <see cref="TrackingLocation"/> points at, migrating its schema first.</summary>
public static class ExperimentStoreFactory
{
    /// <summary>Opens (and creates or upgrades) the store; a newer schema or an unreachable server is an error with exit code 2.</summary>
    public static IExperimentStore Open(TrackingLocation location)
    {
        IStoreBackend backend = location.Backend switch
        {
            TrackingBackend.Sqlite => new SqliteBackend(location.Target),
            TrackingBackend.Postgres => new PostgresBackend(location.Target),
            _ => throw new ArgumentOutOfRangeException(nameof(location), location.Backend, null),
        };
        try
        {
            return new SqlExperimentStore(backend);
        }
        catch
        {
            backend.Dispose();
            throw;
        }
    }
}
