namespace CiCd.Serving.PredictionLog;

/// <summary>Where the log writer puts records: a SQLite file or a PostgreSQL database shared by every replica.</summary>
public interface IPredictionLogSink : IDisposable
{
    /// <summary>Writes <paramref name="chunks"/> at once: all of them or, on an error (a <see cref="System.Data.Common.DbException"/>), none.</summary>
    void Write(IReadOnlyList<PredictionRecord[]> chunks);
}
