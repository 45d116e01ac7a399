namespace CiCd.Monitoring.Log;

/// <summary>Reads the prediction log from a SQLite file laid out as <see cref="PredictionLogLayout"/> says; opens it read-only.</summary>
public sealed class SqlitePredictionLog(string path) : IPredictionLogSource
{
    private readonly PredictionLogReader _reader = new(PredictionLogLocation.Sqlite(path));

    /// <inheritdoc />
    public string Name => path;

    /// <inheritdoc />
    public IReadOnlyList<PredictionRecord> Read(DateTimeOffset? since, DateTimeOffset? until) => _reader.Read(since, until);
}
