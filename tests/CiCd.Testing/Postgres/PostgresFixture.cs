using System.Collections.Concurrent;

namespace CiCd.Testing.Postgres;

/// <summary>
/// One PostgreSQL server for the whole test process (<see cref="SharedPostgres"/>), started on first use (so a run of
/// SQLite tests alone never starts it) and stopped after the process ends; each test class gets its own database. When
/// the CI provides a server (<see cref="ProvidedPostgres.Variable"/>), the tests use it and start none.
/// </summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly Lazy<IPostgresServer> _server = new(
        () => ProvidedPostgres.FromEnvironment() ?? (IPostgresServer)SharedPostgres.Server, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, Lazy<string>> _databases = new();
    // Process-wide: the fixtures of several classes share one server, so their fresh databases must not share a name.
    private static int _created;

    /// <summary>The database of a test class, created the first time it is asked for.</summary>
    public string DatabaseFor(string testClass) =>
        _databases.GetOrAdd(testClass, name => new Lazy<string>(() => _server.Value.CreateDatabase(Sanitise(name)))).Value;

    /// <summary>A new database nobody else uses, for tests that change the schema itself.</summary>
    public string FreshDatabase(string prefix) =>
        _server.Value.CreateDatabase($"{Sanitise(prefix)}_{Interlocked.Increment(ref _created)}");

    // The shared server outlives this fixture (other classes use it); a provided server drops this fixture's databases.
    public void Dispose()
    {
        if (_server.IsValueCreated && _server.Value is ProvidedPostgres)
        {
            _server.Value.Dispose();
        }
    }

    private static string Sanitise(string name) =>
        new(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').Take(50).ToArray());
}
