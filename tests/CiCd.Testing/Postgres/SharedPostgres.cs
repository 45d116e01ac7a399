namespace CiCd.Testing.Postgres;

/// <summary>
/// The PostgreSQL server of this test process, started on first use and stopped after the process ends. A test that
/// needs only a database of its own takes one here rather than starting a server: initdb alone costs about a CPU second
/// and three to four seconds on a loaded two-core machine. Database names are the tests' own, so they must not repeat
/// within a test project (a repeat fails at once: the database already exists).
/// </summary>
public static class SharedPostgres
{
    private static readonly Lazy<PostgresInstance> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The server, started the first time a test asks for it.</summary>
    public static PostgresInstance Server => Instance.Value;

    private static PostgresInstance Start()
    {
        var server = PostgresInstance.Start();
        server.StopAfterThisProcess();
        return server;
    }
}
