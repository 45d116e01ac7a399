using System.ComponentModel.DataAnnotations;

namespace CiCd.Serving.Hosting;

/// <summary>Where and how much of the traffic the prediction log keeps; bound from <c>PredictionLog</c>.</summary>
public sealed class PredictionLogOptions
{
    /// <summary>The SQLite file (or any form <see cref="Uri"/> takes); empty, with <see cref="Uri"/> empty too, turns the log off.</summary>
    public string Path { get; set; } = "";

    /// <summary>
    /// Where the log is written: a PostgreSQL URI or connection string (one log for every replica), <c>sqlite:path</c> or
    /// a file path. Wins over <see cref="Path"/>. From the environment (PredictionLog__Uri) it may hold a password.
    /// </summary>
    public string Uri { get; set; } = "";

    /// <summary>The replica written on every row (default: the HOSTNAME variable, a container's or pod's name, else the machine name).</summary>
    public string ReplicaId { get; set; } = "";

    /// <summary>The location the log goes to (<see cref="Uri"/>, else <see cref="Path"/>); empty when off.</summary>
    public string Location => Uri.Length > 0 ? Uri : Path;

    /// <summary>The replica id to write: the configured one, else HOSTNAME, else the machine name.</summary>
    public string Replica =>
        ReplicaId.Length > 0 ? ReplicaId : Environment.GetEnvironmentVariable("HOSTNAME") is { Length: > 0 } host ? host : Environment.MachineName;

    /// <summary>Share of predicted rows written (1: all, 0: none).</summary>
    [Range(0.0, 1.0)]
    public double SamplingRate { get; set; } = 1.0;

    /// <summary>
    /// Longest an answered prediction stays unwritten while the writer keeps up: the queue's room is what the writer
    /// commits in half of it, and requests wait for room. What a killed process can lose.
    /// </summary>
    [Range(10, 60_000)]
    public int FlushIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Most rows the queue's room grows to, however fast the writer (it bounds the memory the queue holds).</summary>
    [Range(1, 10_000_000)]
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>How long a request waits for room before it goes unlogged (its sampled rows dropped, all of them, and counted).</summary>
    [Range(0, 60_000)]
    public int QueueWaitMilliseconds { get; set; } = 5000;

    /// <summary>Rows written per transaction (SQLite) or COPY (PostgreSQL) at most.</summary>
    [Range(1, 1_000_000)]
    public int WriteBatchSize { get; set; } = 10_000;
}
