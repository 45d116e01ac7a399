using System.Data.Common;
using CiCd.Tracking.Store;
using Microsoft.Data.Sqlite;

namespace CiCd.Tracking.Tests.Store;

/// <summary>SQLite files in a temp folder deleted with the test.</summary>
public sealed class SqliteTestBackend : ITestBackend
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mlops-sqlite-");

    public SqliteTestBackend() => ClassStore = Fresh();

    public TrackingLocation ClassStore { get; }

    public TrackingLocation Fresh() => TrackingLocation.Sqlite(Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}.db"));

    public void Execute(TrackingLocation location, string sql) => Raw(location, c => c.ExecuteNonQuery(), sql);

    public object? Scalar(TrackingLocation location, string sql) => Raw(location, c => c.ExecuteScalar(), sql);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private static T Raw<T>(TrackingLocation location, Func<DbCommand, T> run, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={location.Target};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return run(command);
    }
}
