namespace CiCd.Monitoring.Log;

/// <summary>Reads logged predictions in time order; the serving side decides where they are kept.</summary>
public interface IPredictionLogSource
{
    /// <summary>A name for messages (the file or connection).</summary>
    string Name { get; }

    /// <summary>Predictions with <paramref name="since"/> ≤ timestamp &lt; <paramref name="until"/> (null: unbounded), oldest first.</summary>
    IReadOnlyList<PredictionRecord> Read(DateTimeOffset? since, DateTimeOffset? until);
}
