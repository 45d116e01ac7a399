using System.ComponentModel.DataAnnotations;

namespace CiCd.Serving.Hosting;

/// <summary>Where and how much of the traffic the prediction log keeps; bound from <c>PredictionLog</c>.</summary>
public sealed class PredictionLogOptions
{
    /// <summary>The SQLite file; empty turns the log off.</summary>
    public string Path { get; set; } = "";

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

    /// <summary>Rows written per SQLite transaction at most.</summary>
    [Range(1, 1_000_000)]
    public int WriteBatchSize { get; set; } = 10_000;
}
