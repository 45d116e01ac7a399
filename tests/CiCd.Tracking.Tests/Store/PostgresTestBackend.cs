using System.Data.Common;
using CiCd.Tracking.Store;
using CiCd.Tracking.Tests.Postgres;
using Npgsql;

namespace CiCd.Tracking.Tests.Store;

/// <summary>Databases on the shared test server: one per test class, plus fresh ones on demand.</summary>
public sealed class PostgresTestBackend(PostgresFixture server, string testClass) : ITestBackend
{
    private readonly Lazy<TrackingLocation> _shared = new(() => TrackingLocation.Postgres(server.DatabaseFor(testClass)));

    public TrackingLocation ClassStore => _shared.Value;

    public TrackingLocation Fresh() => TrackingLocation.Postgres(server.FreshDatabase(testClass));

    public void Execute(TrackingLocation location, string sql) => Raw(location, c => c.ExecuteNonQuery(), sql);

    public object? Scalar(TrackingLocation location, string sql) => Raw(location, c => c.ExecuteScalar(), sql);

    public void Dispose()
    {
    }

    private static T Raw<T>(TrackingLocation location, Func<DbCommand, T> run, string sql)
    {
        using var connection = new NpgsqlConnection(location.Target);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return run(command);
    }
}
