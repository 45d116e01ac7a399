namespace CiCd.Serving.PredictionLog;

/// <summary>Where the log writer puts records: a SQLite file or a PostgreSQL database shared by every replica.</summary>
public interface IPredictionLogSink : IDisposable
{
    /// <summary>
    /// Writes the records of <paramref name="chunks"/> (loggable ones: the writer left out the others, see
    /// <see cref="LoggableRecords"/>) at once: all of them or, on an error (a <see cref="System.Data.Common.DbException"/>),
    /// none. Returns how many were written.
    /// </summary>
    int Write(IReadOnlyList<PredictionRecord[]> chunks);
}
